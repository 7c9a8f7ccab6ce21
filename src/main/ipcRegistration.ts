import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { channelOf, DROPPED_PATH_CHANNEL, INVOKE_METHODS } from '../shared/api';
import type { ApiHandlers } from './apiHandlers';
import { dispatchInvoke } from './invokeDispatch';
import { isAppUrl } from './appProtocol';

/**
 * Registers one handler per method of the contract, and the preload's note of dropped files.
 * Like VS Code's validated ipcMain, every call is refused unless it comes from our own renderer
 * origin in a window we created.
 */
export function registerIpcHandlers(handlers: ApiHandlers, isOurWindow: (event: IpcMainInvokeEvent | IpcMainEvent) => boolean): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event) || !isOurWindow(event)) {
        throw new Error(`Refused IPC call ${method} from an untrusted sender`);
      }
      return dispatchInvoke(handlers, method, args);
    });
  }
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, path: unknown) => {
    if (isTrustedSender(event) && isOurWindow(event) && typeof path === 'string' && path.length > 0 && path.length <= 4096) {
      handlers.allowDroppedPath(path);
    }
  });
}

export function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isAppUrl(url);
}
