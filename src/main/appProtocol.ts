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

/**
 * The renderer's Content-Security-Policy, sent as a header with every file served: the page
 * repeats it in a meta tag (index.html, same text; a test compares them), but a worker script
 * obeys only the policy delivered with its own response.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (url.host !== 'app' || !file.startsWith(root)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
