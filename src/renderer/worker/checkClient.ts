import type { AcceptedFix } from '../../core/cleanCopy/acceptedFixes';
import { unpackPlaces } from './packedPlaces';
import type { CleanCopyOptions } from '../../core/cleanCopy/cleanCopy';
import type { VerifiedPlace } from '../../core/checks/gazetteer/verifyPlaces';
import type { Finding } from '../../core/finding';
import type { Claim } from '../../core/claims/claim';
import { applyClaimsDelta } from '../../core/claims/claimsDelta';
import type { PageChromeState } from '../chrome/pageChromeState';
import type { Lang } from '../../core/i18n/lang';
import type { CleanPreview } from '../components/export/cleanPreview';
import type { DiffOptions } from '../../core/diff/revisionDiff';
import type { Review } from '../../core/review/review';
import type { ReviewDelta } from '../../core/review/reviewDelta';
import type { CheckRequest, CheckResponse } from './checkProtocol';
import { takeCheckWorker } from './prestartedCheckWorker';
import type { PackedDiff } from './packedDiff';
import type { SourceText } from '../../core/sources/sourceText';

export type GazetteerStatus = { status: 'loading' } | { status: 'loaded'; source: string } | { status: 'unavailable' };

export interface CheckClientEvents {
  /**
   * Findings for exactly the text of `version`; never called with a stale result. `reviewRevision`:
   * the shared review the worker reconciles with them next (onReconciled), or null when it holds none.
   */
  onFindings(findings: Finding[], version: number, places: VerifiedPlace[], reviewRevision: number | null, chrome: PageChromeState): void;
  /** The claims of the same text, after its findings and before its reconciled review; never stale. */
  onClaims(claims: Claim[], version: number): void;
  /** The shared review of `revision` reconciled with the findings of `version` (the current one), as its change from the review shared as `revision`. */
  onReconciled(delta: ReviewDelta, revision: number, version: number): void;
  onFailed(reason: string, version: number): void;
  onGazetteer(status: GazetteerStatus): void;
}

/**
 * The renderer's side of the check worker. Every edit invalidates the current version at once
 * (so a result in flight is recognised as stale) and sends the text in the next task: no pause in
 * typing is awaited, since the worker runs only the newest text it holds and drops results an edit
 * overtook before they cost the UI thread anything (checkWorker.ts). A keystroke's re-check thus
 * shows as soon as the worker has run it.
 */
export class CheckClient {
  private readonly worker: Worker;
  private readonly terminateWorkers: () => void;
  private version = 0;
  /** The claims of the worker's last 'claims' message, which tells the next as its change from them. */
  private claims: Claim[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cleanId = 0;
  private cleanWaiting: { id: number; resolve(preview: CleanPreview | null): void; reject(reason: Error): void } | null = null;
  private diffId = 0;
  private diffWaiting: { id: number; onProgress(fraction: number): void; resolve(diff: PackedDiff | null): void; reject(reason: Error): void } | null = null;

  constructor(private readonly events: CheckClientEvents) {
    const { worker, terminate, held } = takeCheckWorker();
    this.worker = worker;
    this.terminateWorkers = terminate;
    this.worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.events.onFailed(event.message || 'worker error', this.version));
    this.worker.addEventListener('error', (event) => this.settleDiff({ type: 'diffFailed', id: this.diffId, reason: event.message || 'worker error' }));
    this.worker.addEventListener('error', (event) => this.settleClean({ type: 'cleanFailed', id: this.cleanId, reason: event.message || 'worker error' }));
    // Said while nobody listened (the gazetteer loaded): in order, before anything newer.
    for (const message of held) this.receive(message);
  }

  /** Marks the current results stale and schedules a check of `text()`; returns the new version. */
  request(text: () => string, lang: Lang): number {
    const version = ++this.version;
    clearTimeout(this.timer);
    // The next task: edits of one keystroke's transaction (or a burst of them) go as one text.
    this.timer = setTimeout(() => this.post({ type: 'check', version, text: text(), lang }), 0);
    return version;
  }

  /** The style files later checks use (the caller re-checks). */
  setStyle(files: { path: string; text: string }[], builtin: boolean): void {
    this.post({ type: 'style', files, builtin });
  }

  /** The documents later checks hold the draft against; the worker checks the current draft again with them. */
  setSources(sources: SourceText[]): void {
    this.post({ type: 'sources', sources });
  }

  /**
   * The clean-copy preview of `text`, computed in the worker. Resolves to null when a newer
   * preview request replaced this one before it was answered.
   */
  clean(text: string, options: CleanCopyOptions, accepted: AcceptedFix[], maxEntries: number): Promise<CleanPreview | null> {
    const id = ++this.cleanId;
    this.cleanWaiting?.resolve(null);
    return new Promise((resolve, reject) => {
      this.cleanWaiting = { id, resolve, reject };
      this.post({ type: 'clean', id, text, options, accepted, maxEntries });
    });
  }

  /**
   * Compares two revisions in the worker, reporting progress as it goes. Resolves to null when a
   * newer comparison replaced this one before it was answered.
   */
  compare(oldText: string, newText: string, options: Omit<DiffOptions, 'onProgress'>, onProgress: (fraction: number) => void): Promise<PackedDiff | null> {
    const id = ++this.diffId;
    this.diffWaiting?.resolve(null);
    return new Promise((resolve, reject) => {
      this.diffWaiting = { id, onProgress, resolve, reject };
      this.post({ type: 'diff', id, oldText, newText, options });
    });
  }

  /** The review each check run reconciles from now on (see CheckRequest 'review'). */
  shareReview(revision: number, review: Review | null): void {
    this.post({ type: 'review', revision, review });
  }

  get currentVersion(): number {
    return this.version;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.cleanWaiting?.resolve(null);
    this.diffWaiting?.resolve(null);
    this.terminateWorkers();
  }

  private settleClean(message: Extract<CheckResponse, { type: 'cleaned' | 'cleanFailed' }>): void {
    const waiting = this.cleanWaiting;
    if (!waiting || waiting.id !== message.id) return;
    this.cleanWaiting = null;
    if (message.type === 'cleaned') waiting.resolve(message.preview);
    else waiting.reject(new Error(message.reason));
  }

  private settleDiff(message: Extract<CheckResponse, { type: 'diffed' | 'diffFailed' }>): void {
    const waiting = this.diffWaiting;
    if (!waiting || waiting.id !== message.id) return;
    this.diffWaiting = null;
    if (message.type === 'diffed') waiting.resolve(message.diff);
    else waiting.reject(new Error(message.reason));
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
        if (message.version === this.version) this.events.onFindings(message.findings, message.version, unpackPlaces(message.places), message.reviewRevision, message.chrome);
        return;
      case 'claims':
        // Every change is applied, a stale one too: the next is told from it.
        this.claims = applyClaimsDelta(this.claims, message.delta);
        if (message.version === this.version) this.events.onClaims(this.claims, message.version);
        return;
      case 'reconciled':
        if (message.version === this.version) this.events.onReconciled(message.delta, message.revision, message.version);
        return;
      case 'failed':
        if (message.version === this.version) this.events.onFailed(message.reason, message.version);
        return;
      case 'cleaned':
      case 'cleanFailed':
        this.settleClean(message);
        return;
      case 'diffProgress':
        if (this.diffWaiting?.id === message.id) this.diffWaiting.onProgress(message.fraction);
        return;
      case 'diffed':
      case 'diffFailed':
        this.settleDiff(message);
        return;
    }
  }
}
