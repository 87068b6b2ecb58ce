/**
 * The one shared mock of `electron` for tests of main and preload: records what the code asks of
 * Electron so tests can assert it. Use with `vi.mock('electron', () => import('../../mocks/electron'))`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<{ channel: string; payload: unknown }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return false;
  }
}

export class FakeSession extends EventEmitter {
  beforeRequest: { filter: { urls: string[] }; listener: Listener } | null = null;
  headersReceived: Listener | null = null;
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => {
      this.beforeRequest = { filter, listener };
    },
    onHeadersReceived: (listener: Listener) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener) {
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(public options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
}

const appEvents = new EventEmitter();
let readyResolve: () => void = () => {};
const ready = new Promise<void>((resolve) => (readyResolve = resolve));
const userData = mkdtempSync(join(tmpdir(), 'xe-electron-mock-'));

export const app = Object.assign(appEvents, {
  isPackaged: false,
  whenReady: () => ready,
  /** Test hook: resolve `whenReady()`. */
  emitReady: () => readyResolve(),
  getPath: (_name: string) => userData,
  getAppPath: () => process.cwd(),
  quit: () => {},
});

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    this.handlers.set(channel, listener);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, Listener>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: Listener) {
    this.handlers.set(scheme, handler);
  },
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
  showSaveDialog: async () => ({ canceled: true, filePath: undefined as string | undefined }),
};

export const shell = {
  opened: [] as string[],
  openExternal: async (url: string) => void shell.opened.push(url),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, value: unknown) {
    this.exposed.set(key, value);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoked: [] as Array<{ channel: string; req: unknown }>,
  invoke(channel: string, req: unknown) {
    ipcRenderer.invoked.push({ channel, req });
    return Promise.resolve({ channel });
  },
});

export const webUtils = {
  getPathForFile: (file: { name?: string }) => (file?.name ? `/dropped/${file.name}` : ''),
};

export default {
  app,
  BrowserWindow,
  session,
  ipcMain,
  protocol,
  dialog,
  shell,
  contextBridge,
  ipcRenderer,
  webUtils,
};
