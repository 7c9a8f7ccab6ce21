import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, INVOKE_METHODS, type InvokeApi } from '../shared/api';
import { dispatchInvoke } from './invokeDispatch';
import { isAppUrl } from './appProtocol';

/**
 * Registers one handler per method of the contract. Like VS Code's validated ipcMain, every
 * call is refused unless it comes from our own renderer origin in a window we created.
 */
export function registerIpcHandlers(handlers: InvokeApi, isOurWindow: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event) || !isOurWindow(event)) {
        throw new Error(`Refused IPC call ${method} from an untrusted sender`);
      }
      return dispatchInvoke(handlers, method, args);
    });
  }
}

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isAppUrl(url);
}
