/** Routes every request channel of the contract to its handler, and engine events to the window. */
import type { IpcMain, WebContents } from 'electron';
import type { EventChannel, EventChannels } from '../../shared/ipc/contract';
import { REQUEST_METHODS } from '../../shared/ipc/api';
import { dispatchRequest, type RequestHandlers } from '../engine/service/handlers';

export const REQUEST_CHANNELS = Object.values(REQUEST_METHODS);

export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: RequestHandlers,
  isTrustedSender: (sender: WebContents) => boolean,
): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.sender)) throw new Error('Request refused: unknown sender');
      return dispatchRequest(handlers, channel, input);
    });
  }
}

export function eventSender(target: () => WebContents | null) {
  return <C extends EventChannel>(channel: C, payload: EventChannels[C]): void => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
}
