import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import type { CheckRequest, CheckResponse } from './checkProtocol';

export const CHECK_DEBOUNCE_MS = 150;

export type GazetteerStatus = { status: 'loading' } | { status: 'loaded'; source: string } | { status: 'unavailable' };

export interface CheckClientEvents {
  /** Findings for exactly the text of `version`; never called with a stale result. */
  onFindings(findings: Finding[], version: number): void;
  onFailed(reason: string, version: number): void;
  onGazetteer(status: GazetteerStatus): void;
}

/**
 * The renderer's side of the check worker. Every edit invalidates the current version at once
 * (so a result in flight is recognised as stale) and sends the text after a short pause in typing.
 */
export class CheckClient {
  private readonly worker: Worker;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly events: CheckClientEvents,
    gazetteerUrl: string,
  ) {
    this.worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.events.onFailed(event.message || 'worker error', this.version));
    this.post({ type: 'init', gazetteerUrl });
  }

  /** Marks the current results stale and schedules a check of `text()`; returns the new version. */
  request(text: () => string, lang: Lang, delayMs = CHECK_DEBOUNCE_MS): number {
    const version = ++this.version;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.post({ type: 'check', version, text: text(), lang }), delayMs);
    return version;
  }

  get currentVersion(): number {
    return this.version;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker.terminate();
  }

  private post(message: CheckRequest): void {
    this.worker.postMessage(message);
  }

  private receive(message: CheckResponse): void {
    switch (message.type) {
      case 'gazetteer':
        this.events.onGazetteer(message.status === 'loaded' ? { status: 'loaded', source: message.source } : { status: 'unavailable' });
        return;
      case 'result':
        if (message.version === this.version) this.events.onFindings(message.findings, message.version);
        return;
      case 'failed':
        if (message.version === this.version) this.events.onFailed(message.reason, message.version);
        return;
    }
  }
}
