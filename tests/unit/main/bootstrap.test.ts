import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REQUEST_METHODS } from '../../../shared/ipc/api';
import { requestSchemas } from '../../../electron/engine/service/schemas';

vi.mock('electron', () => import('../../mocks/electron'));
process.env['X_EXPOSURE_DATA_DIR'] = mkdtempSync(join(tmpdir(), 'xe-main-data-'));

const electron = await import('../../mocks/electron');
await import('../../../electron/main/index');
electron.app.emitReady();
await vi.waitFor(() => expect(electron.BrowserWindow.created.length).toBe(1));
const window = electron.BrowserWindow.created[0]!;

describe('main process start-up', () => {
  it('registers a handler and a schema for every request channel of the contract, and nothing else', () => {
    const channels = Object.values(REQUEST_METHODS).sort();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(channels);
    expect(Object.keys(requestSchemas).sort()).toEqual(channels);
  });

  it('answers a request from its own window and refuses any other sender', async () => {
    const handler = electron.ipcMain.handlers.get('library:list')!;
    await expect(handler({ sender: window.webContents }, undefined)).resolves.toEqual([]);
    expect(() => handler({ sender: new electron.FakeWebContents() }, undefined)).toThrow(/unknown sender/);
    // The first answer waits for the engine's thread to load its TypeScript: a budget for a loaded machine.
  }, 30_000);

  it('validates input before the engine sees it', async () => {
    const handler = electron.ipcMain.handlers.get('archive:summary')!;
    await expect(handler({ sender: window.webContents }, { archiveId: '../x' })).rejects.toThrow(
      /Invalid request/,
    );
    await expect(handler({ sender: window.webContents }, { archiveId: 'ok', extra: 1 })).rejects.toThrow(
      /Invalid request/,
    );
  });

  it('serves the renderer from its own privileged scheme and secures the default session first', () => {
    expect(electron.protocol.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect(window.loadedUrl).toBe('app://x-exposure/index.html');
    expect(electron.session.defaultSession.beforeRequest).not.toBeNull();
    expect(electron.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('secures every web contents the app creates', () => {
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://x.com' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://x.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses to open anything but a post on x.com in the system browser', async () => {
    const handler = electron.ipcMain.handlers.get('shell:openPost')!;
    const sender = { sender: window.webContents };
    await expect(handler(sender, { url: 'https://evil.example/x.com/a/status/1' })).rejects.toThrow(
      /Only links to posts/,
    );
    await expect(handler(sender, { url: 'javascript:alert(1)' })).rejects.toThrow(/Only links to posts/);
    await expect(handler(sender, { url: 'https://twitter.com/jack/status/20' })).resolves.toEqual({
      opened: true,
    });
    expect(electron.shell.opened).toEqual(['https://x.com/jack/status/20']);
  });

  it('does not serve files outside the renderer folder through the app scheme', async () => {
    const handle = electron.protocol.handlers.get('app')!;
    const response = (await handle({ url: 'app://x-exposure/..%2f..%2fpackage.json' })) as Response;
    expect(response.status).toBe(404);
    const foreign = (await handle({ url: 'app://other-host/index.html' })) as Response;
    expect(foreign.status).toBe(404);
  });

  // Last: the engine is closed after this.
  it('closes the engine (its jobs, its databases, its thread) before the app quits', async () => {
    const quit = vi.spyOn(electron.app, 'quit');
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled(), { timeout: 10_000 });
    const handler = electron.ipcMain.handlers.get('library:list')!;
    await expect(handler({ sender: window.webContents }, undefined)).rejects.toThrow(/went wrong|closed/);
  });
});
