/** The Host of the request handlers in the app: Electron's native dialogs and the system browser. */
import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { Host } from '../engine/service/host';
import { printHtmlToPdf } from './print-to-pdf';

export function electronHost(dialog: Dialog, shell: Shell, window: () => BrowserWindow | null): Host {
  return {
    async pickArchive(kind) {
      const owner = window();
      const options = {
        title: kind === 'file' ? 'Open your X archive (.zip)' : 'Open your extracted X archive folder',
        properties: [kind === 'file' ? ('openFile' as const) : ('openDirectory' as const)],
        filters: kind === 'file' ? [{ name: 'X archive', extensions: ['zip'] }] : [],
      };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickOpenFile({ title, filters }) {
      const owner = window();
      const options = { title, properties: ['openFile' as const], filters };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath({ defaultName, filters }) {
      const owner = window();
      const options = { defaultPath: defaultName, filters };
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
    printToPdf: printHtmlToPdf,
  };
}
