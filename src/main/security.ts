import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/**
 * Every security measure of the app in one place (Electron's security checklist):
 * - windows are created with contextIsolation, sandbox, no Node integration (mainWindow.ts);
 * - the renderer has a strict CSP (index.html) and is served from its own origin (appProtocol.ts);
 * - no page may navigate away from the app, open new windows, or attach a <webview>;
 * - http(s) links the user clicks open in the system browser, nothing else is opened;
 * - every permission request (camera, notifications, …) is denied;
 * - IPC checks each sender and validates each input (ipcRegistration.ts, apiArgSchemas.ts).
 */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Only plain web links leave the app; never file:, javascript: or custom schemes. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
