import type { InvokeApi, InvokeMethod, JiaokanApi, MenuCommand } from '../../src/shared/api';

declare global {
  interface Window {
    jiaokan: JiaokanApi;
    /** Exposed by the bridge: forwards one call to the real main-process handlers in the test's Node process. */
    __jiaokanInvoke(method: InvokeMethod, args: unknown[]): Promise<unknown>;
    /** Lets a spec deliver an application-menu command, as Electron's menu would. */
    __jiaokanMenu(command: MenuCommand): void;
  }
}

/**
 * Runs in the page before the app (page.addInitScript): builds `window.jiaokan` with the same
 * JiaokanApi shape the preload exposes, every method forwarded over one Playwright binding.
 * Self-contained on purpose: Playwright ships this function's source text to the page.
 */
export function installBridgeApi(methods: readonly InvokeMethod[]): void {
  const listeners = new Set<(command: MenuCommand) => void>();
  const encode = (arg: unknown) => (arg instanceof Uint8Array ? { __bytes: Array.from(arg) } : arg);
  const invokers = Object.fromEntries(
    methods.map((method) => [method, (...args: unknown[]) => window.__jiaokanInvoke(method, args.map(encode))]),
  ) as unknown as InvokeApi;
  const api: JiaokanApi = {
    ...invokers,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    pathForFile: () => '',
  };
  window.jiaokan = Object.freeze(api);
  window.__jiaokanMenu = (command) => listeners.forEach((listener) => listener(command));
}
