/**
 * Electron main: app lifecycle. Security is applied before the first window; the engine runs
 * imports in a worker thread so the window never freezes.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { Engine } from '../engine/index';
import { ImportJobs } from '../engine/jobs/import-jobs';
import { defaultDataDir } from '../engine/library/default-data-dir';
import { createRequestHandlers } from '../engine/service/handlers';
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
  const dataDir = defaultDataDir();
  const sqliteNativeBinding = electronSqliteBinding(app.getAppPath(), process.versions.electron);
  const engine = new Engine({ dataDir, sqliteNativeBinding });
  const jobs = new ImportJobs(
    (workerData) => new Worker(join(__dirname, 'engine-worker.js'), { workerData }),
    { dataDir, sqliteNativeBinding },
    eventSender(() => mainWindow?.webContents ?? null),
  );
  const host = electronHost(dialog, shell, () => mainWindow);
  registerIpcHandlers(
    ipcMain,
    createRequestHandlers({ engine, jobs, host }),
    (sender) => sender === mainWindow?.webContents,
  );
  handleAppProtocol(protocol, join(__dirname, '../renderer'), () => engine);

  mainWindow = createMainWindow(join(__dirname, '../preload/index.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);

  app.on('before-quit', () => {
    void jobs.cancelAll().finally(() => engine.close());
  });
});

app.on('window-all-closed', () => app.quit());
