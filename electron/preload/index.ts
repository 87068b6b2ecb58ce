/**
 * The bridge: exposes `window.api`, named functions built from the IPC contract, and nothing else.
 * Never the raw ipcRenderer, never a generic invoke, never the Electron event.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { cleanRemoteErrorMessage } from '../../shared/ipc/errors';

const api = buildApi(
  {
    invoke: async (channel, req) => {
      try {
        return await ipcRenderer.invoke(channel, req);
      } catch (error) {
        throw new Error(cleanRemoteErrorMessage(error));
      }
    },
    subscribe: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  },
  {
    pathForDroppedFile: (file) => {
      try {
        return webUtils.getPathForFile(file as File) || null;
      } catch {
        return null;
      }
    },
  },
);

contextBridge.exposeInMainWorld('api', api);
