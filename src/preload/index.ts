import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  channelOf,
  DRAFT_DISK_CHANNEL,
  DROPPED_PATH_CHANNEL,
  INVOKE_METHODS,
  MENU_CHANNEL,
  MENU_COMMANDS,
  STYLE_CHANGED_CHANNEL,
  type DraftDiskEvent,
  type InvokeApi,
  type JiaokanApi,
  type MenuCommand,
} from '../shared/api';

/**
 * The only thing the sandboxed renderer gets: one typed object with the contract's methods.
 * No raw ipcRenderer, no generic send/invoke (unlike the electron-vite template's electronAPI).
 */
const invokers = Object.fromEntries(
  INVOKE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as unknown as InvokeApi;

const api: JiaokanApi = {
  ...invokers,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
  onDraftDiskChange(listener: (event: DraftDiskEvent) => void): () => void {
    const relay = (_event: unknown, change: DraftDiskEvent) => listener({ path: String(change.path), kind: change.kind === 'deleted' ? 'deleted' : 'changed' });
    ipcRenderer.on(DRAFT_DISK_CHANNEL, relay);
    return () => ipcRenderer.removeListener(DRAFT_DISK_CHANNEL, relay);
  },
  onStyleChange(listener: () => void): () => void {
    const relay = () => listener();
    ipcRenderer.on(STYLE_CHANGED_CHANNEL, relay);
    return () => ipcRenderer.removeListener(STYLE_CHANGED_CHANNEL, relay);
  },
  pathForFile(file: File): string {
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(DROPPED_PATH_CHANNEL, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('jiaokan', api);
