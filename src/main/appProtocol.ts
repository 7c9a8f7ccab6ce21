import { protocol, net } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer is served from `jiaokan://app/` rather than file://, so it has a real origin:
 * the CSP's 'self' means only the app's own files, module workers load, and no file on disk
 * outside the renderer folder can be reached from a page.
 */
export const APP_SCHEME = 'jiaokan';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/**
 * Whether a URL is one of the app's own pages. Compared by scheme and host because Node's URL
 * gives non-special schemes an opaque origin ('null'), unlike Chromium.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (url.host !== 'app' || !file.startsWith(root)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
