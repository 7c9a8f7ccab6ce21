import { randomUUID } from 'node:crypto';

/** Replies this long (as JSON) go over the loopback server instead of the DevTools protocol. */
const LARGE_REPLY_CHARS = 64 * 1024;
/** Where the page fetches a stashed reply: `${PAYLOAD_PATH}${token}`. */
export const PAYLOAD_PATH = '/__bridge/replies/';

/** What the binding returns in place of a stashed reply. */
export interface StashedReply {
  __bridgePayload: string;
}

/**
 * Large replies of the bridge, held for the page to fetch once from the loopback server. Playwright
 * carries a binding's reply over the DevTools protocol, which took ≈ 80 ms for a 1 MB draft (a
 * fetch of the same JSON takes ≈ 15 ms); Electron's IPC has no such cost, so without this the app
 * suite's open of 1 MB would time the test harness as much as the app (docs/architecture.md, "Testing").
 */
export class BridgePayloads {
  private readonly held = new Map<string, string>();

  /** The reply itself, or a token for it when it is large and plain JSON (so the page gets the same values back). */
  stashIfLarge(reply: unknown): unknown {
    if (!isPlainJson(reply)) return reply;
    const json = JSON.stringify(reply);
    if (json.length < LARGE_REPLY_CHARS) return reply;
    const token = randomUUID();
    this.held.set(token, json);
    return { __bridgePayload: token } satisfies StashedReply;
  }

  /** The stashed reply's JSON for a path under PAYLOAD_PATH, handed out once. */
  take(pathname: string): string | undefined {
    if (!pathname.startsWith(PAYLOAD_PATH)) return undefined;
    const token = pathname.slice(PAYLOAD_PATH.length);
    const json = this.held.get(token);
    this.held.delete(token);
    return json;
  }
}

/** Whether JSON carries `value` unchanged: no undefined, functions, typed arrays, dates or other objects. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as Record<string, unknown>).every(isPlainJson);
}
