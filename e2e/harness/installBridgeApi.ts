import type { DraftDiskEvent, InvokeApi, InvokeMethod, JiaokanApi, MenuCommand } from '../../src/shared/api';

declare global {
  interface Window {
    jiaokan: JiaokanApi;
    /** Exposed by the bridge: forwards one call to the real main-process handlers in the test's Node process. */
    __jiaokanInvoke(method: InvokeMethod, args: unknown[]): Promise<unknown>;
    /** Lets a spec deliver an application-menu command, as Electron's menu would. */
    __jiaokanMenu(command: MenuCommand): void;
    /** Lets the bridge deliver a draft-changed-on-disk event, as main's watcher would. */
    __jiaokanDraftDisk(event: DraftDiskEvent): void;
    /** Lets the bridge deliver a style-file-changed event, as main's watcher would. */
    __jiaokanStyleChanged(): void;
  }
}

/**
 * Runs in the page before the app (page.addInitScript): builds `window.jiaokan` with the same
 * JiaokanApi shape the preload exposes, every method forwarded over one Playwright binding. A large
 * reply comes back as a token, fetched from the loopback server under `payloadPath` (bridgePayloads.ts).
 * Self-contained on purpose: Playwright ships this function's source text to the page.
 */
export function installBridgeApi({ methods, payloadPath }: { methods: readonly InvokeMethod[]; payloadPath: string }): void {
  const listeners = new Set<(command: MenuCommand) => void>();
  const diskListeners = new Set<(event: DraftDiskEvent) => void>();
  const styleListeners = new Set<() => void>();
  const encode = (arg: unknown) => (arg instanceof Uint8Array ? { __bytes: Array.from(arg) } : arg);
  const unstash = async (reply: unknown): Promise<unknown> => {
    const token = reply !== null && typeof reply === 'object' && '__bridgePayload' in reply ? reply.__bridgePayload : undefined;
    if (typeof token !== 'string') return reply;
    const response = await fetch(payloadPath + token);
    if (!response.ok) throw new Error(`the bridge lost a reply (${response.status})`);
    return response.json();
  };
  const invokers = Object.fromEntries(
    methods.map((method) => [method, async (...args: unknown[]) => unstash(await window.__jiaokanInvoke(method, args.map(encode)))]),
  ) as unknown as InvokeApi;
  const api: JiaokanApi = {
    ...invokers,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onDraftDiskChange(listener: (event: DraftDiskEvent) => void) {
      diskListeners.add(listener);
      return () => void diskListeners.delete(listener);
    },
    onStyleChange(listener: () => void) {
      styleListeners.add(listener);
      return () => void styleListeners.delete(listener);
    },
    pathForFile: () => '',
  };
  window.jiaokan = Object.freeze(api);
  window.__jiaokanMenu = (command) => listeners.forEach((listener) => listener(command));
  window.__jiaokanDraftDisk = (event) => diskListeners.forEach((listener) => listener(event));
  window.__jiaokanStyleChanged = () => styleListeners.forEach((listener) => listener());
}
