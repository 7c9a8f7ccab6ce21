import { EventEmitter } from 'node:events';

/** A recording stand-in for the `electron` module: enough surface for the built main to start. */
export function createElectronStandIn(userData: string) {
  const record = {
    windows: [] as { options: Record<string, any>; loadedUrl?: string; instance: any }[],
    handlers: new Map<string, ((event: any, ...args: any[]) => unknown)[]>(),
    listeners: new Map<string, ((event: any, ...args: any[]) => unknown)[]>(),
    privilegedSchemes: [] as any[],
    protocolHandlers: new Map<string, (request: Request) => unknown>(),
    fetched: [] as string[],
    permissionRequestHandler: undefined as undefined | ((...a: any[]) => void),
    permissionCheckHandler: undefined as undefined | ((...a: any[]) => boolean),
    externalOpened: [] as string[],
    menuSet: false,
    switches: [] as [string, string | undefined][],
  };
  const app = Object.assign(new EventEmitter(), {
    whenReady: () => Promise.resolve(),
    getPath: () => userData,
    setPath: () => undefined,
    getLocale: () => 'zh-CN',
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: () => undefined,
    commandLine: {
      appendSwitch(name: string, value?: string) {
        record.switches.push([name, value]);
      },
    },
  });
  class WebContents extends EventEmitter {
    windowOpenHandler?: (details: { url: string }) => { action: string };
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    send() {}
  }
  class BrowserWindow extends EventEmitter {
    webContents = new WebContents();
    constructor(options: Record<string, any>) {
      super();
      record.windows.push({ options, instance: this });
    }
    loadURL(url: string) {
      record.windows.find((w) => w.instance === this)!.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    static getAllWindows() {
      return record.windows.map((w) => w.instance);
    }
  }
  const electron = {
    app,
    BrowserWindow,
    ipcMain: {
      handle(channel: string, fn: (event: any, ...args: any[]) => unknown) {
        record.handlers.set(channel, [...(record.handlers.get(channel) ?? []), fn]);
      },
      on(channel: string, fn: (event: any, ...args: any[]) => unknown) {
        record.listeners.set(channel, [...(record.listeners.get(channel) ?? []), fn]);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: any[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, fn: (request: Request) => unknown) => record.protocolHandlers.set(scheme, fn),
    },
    net: {
      fetch: async (url: string) => {
        record.fetched.push(url);
        return new Response('ok');
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: any) => (record.permissionRequestHandler = fn),
        setPermissionCheckHandler: (fn: any) => (record.permissionCheckHandler = fn),
      },
    },
    shell: { openExternal: async (url: string) => void record.externalOpened.push(url) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => (record.menuSet = true) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
  };
  return { electron, record, WebContents };
}
