/**
 * Electron main: app lifecycle, the window, dialogs and routing. Security is applied before the first
 * window; the engine runs in a worker thread of its own (it owns every database), so no call freezes
 * the window.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { jobEvents } from '../engine/jobs/job-events';
import { defaultDataDir } from '../engine/library/default-data-dir';
import { createRequestHandlers } from '../engine/service/handlers';
import { startEngine } from '../engine/worker/engine-client';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, handleAppProtocol } from './app-protocol';
import { electronHost } from './electron-host';
import { eventSender, registerIpcHandlers } from './ipc';
import { electronSqliteBinding } from './paths';
import { secureSession, secureWebContents } from './security';
import { createMainWindow } from './window';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.on('web-contents-created', (_event, contents) => secureWebContents(contents, devServerUrl));

let mainWindow: BrowserWindow | null = null;

app.whenReady().then(() => {
  secureSession(session.defaultSession, devServerUrl);
  const sqliteNativeBinding = electronSqliteBinding(app.getAppPath(), process.versions.electron);
  const client = startEngine({
    dataDir: defaultDataDir(),
    ...(sqliteNativeBinding ? { sqliteNativeBinding } : {}),
    jobs: jobEvents(eventSender(() => mainWindow?.webContents ?? null)),
  });
  const host = electronHost(dialog, shell, () => mainWindow);
  registerIpcHandlers(
    ipcMain,
    createRequestHandlers({ engine: client.engine, jobs: client, host }),
    (sender) => sender === mainWindow?.webContents,
  );
  handleAppProtocol(protocol, join(__dirname, '../renderer'), client.engine);

  mainWindow = createMainWindow(join(__dirname, '../preload/index.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Jobs are cancelled and every database closed before the process ends.
    event.preventDefault();
    void client.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
});

app.on('window-all-closed', () => app.quit());
