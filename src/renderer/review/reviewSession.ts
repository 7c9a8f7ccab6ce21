import type { Claim } from '../../core/claims/claim';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { LocalizedError } from '../../core/i18n/localizedError';
import { t } from '../../core/i18n/messages';
import { createReview } from '../../core/review/createReview';
import { mergeReviews, resolveConflict, type ReviewConflict } from '../../core/review/mergeReviews';
import { reconcileReview } from '../../core/review/reconcileReview';
import type { Review } from '../../core/review/review';
import { applyReviewDelta, type ReviewDelta } from '../../core/review/reviewDelta';
import type { JiaokanApi } from '../../shared/api';
import { errorText } from '../errorText';

/** Where the review lives: nowhere yet, in memory only (no file, or a refused sidecar), or in its sidecar. */
export type ReviewStore =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'memory'; reason: 'noFile' | 'refused' }
  | { kind: 'file'; save: 'saved' | 'pending' | 'saving' | 'error'; merged: boolean };

export interface PendingConflicts {
  conflicts: ReviewConflict[];
  merged: Review;
}

/** A change to the review; may throw a ReviewError (a dismissal without a reason), shown to the user. */
export type ReviewChange = (review: Review, who: string, now: string) => Review;

/** What the UI shows of the session; a new object whenever any part changes. */
export interface ReviewSessionSnapshot {
  review: Review | null;
  store: ReviewStore;
  conflicts: PendingConflicts | null;
}

export interface ReviewSessionPorts {
  /** Main's side: loads the sidecar (openReview) and saves it, merging with another writer (saveReview). */
  storage: Pick<JiaokanApi, 'openReview' | 'saveReview'>;
  /** Hands the check worker each review set here, so that it reconciles the next check runs off the UI thread. */
  shareReview(revision: number, review: Review | null): void;
  onError(message: string): void;
  /** Read on each use: the language and the reviewer may change while the session lives. */
  context(): { lang: Lang; reviewer: string };
  now(): string;
}

type CheckRun = { text: string; findings: readonly Finding[]; claims: readonly Claim[] };

export const REVIEW_SAVE_DELAY_MS = 500;

/**
 * The draft's review in the renderer, as a state machine without React. Main loads the review
 * and saves it, keeping the sidecar's base; the check worker reconciles it after each check run
 * (a copy is shared with it whenever it changes here) and every change is saved after a short
 * pause. When a change here overtakes the worker's reconciliation, the review is reconciled here
 * instead. A refused sidecar is never saved over: the review then lives in memory only.
 */
export class ReviewSession {
  private snapshot: ReviewSessionSnapshot = { review: null, store: { kind: 'none' }, conflicts: null };
  private readonly listeners = new Set<() => void>();
  private path: string | null = null;
  /** Grows with every draft shown; answers for an older draft are dropped. */
  private generation = 0;
  private opening = false;
  private pendingCheck: CheckRun | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private saveAgain = false;
  /** The review whose save met the conflicts: changes made since are merged into the resolution. */
  private conflictSent: Review | null = null;
  /** Grows with every review set here (not by the worker); the worker's answers name the revision they started from. */
  private revision = 0;
  /** The review shared with the worker as `revision`: its reconciliations arrive as changes from it. */
  private shared: Review | null = null;
  /** The newest check run while the worker reconciles it, for reconciling here when a change overtakes the worker. */
  private awaited: CheckRun | null = null;

  constructor(private readonly ports: ReviewSessionPorts) {}

  getSnapshot = (): ReviewSessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A draft was shown: forget the previous review (its pending save is flushed first). */
  draftLoaded(path: string | null): void {
    if (this.timer !== undefined) void this.save();
    this.generation++;
    this.opening = false;
    this.pendingCheck = null;
    this.awaited = null;
    this.saveAgain = false;
    this.path = path;
    this.setReview(null);
    this.show({ conflicts: null, store: { kind: 'loading' } });
  }

  /**
   * A check run finished for `text`: open the review on the first run, reconcile it on the next.
   * `sharedRevision`: the revision of the review the check worker reconciles with this run (then
   * `reconciled` follows and nothing is done here), or null when it holds none.
   */
  checked(text: string, findings: readonly Finding[], claims: readonly Claim[], sharedRevision: number | null): void {
    const now = this.ports.now();
    const current = this.snapshot.review;
    this.awaited = null;
    if (current) {
      if (sharedRevision === this.revision) this.awaited = { text, findings, claims };
      else this.setReview(reconcileReview(current, text, findings, claims, now));
      return;
    }
    if (this.opening) {
      this.pendingCheck = { text, findings, claims };
      return;
    }
    const path = this.path;
    if (path === null) {
      this.setReview(createReview(text, findings, claims, now));
      this.show({ store: { kind: 'memory', reason: 'noFile' } });
      return;
    }
    this.opening = true;
    const gen = this.generation;
    const inMemory = (message: string) => {
      this.ports.onError(message);
      this.setReview(createReview(text, findings, claims, now));
      this.show({ store: { kind: 'memory', reason: 'refused' } });
    };
    this.ports.storage.openReview(path, text, [...findings], [...claims]).then(
      (result) => {
        if (gen !== this.generation) return;
        this.opening = false;
        if (!result.ok) return inMemory(result.message);
        this.show({ store: { kind: 'file', save: 'saved', merged: false } });
        const later = this.pendingCheck;
        this.pendingCheck = null;
        this.setReview(later ? reconcileReview(result.review, later.text, later.findings, later.claims, this.ports.now()) : result.review);
      },
      (error: unknown) => {
        if (gen !== this.generation) return;
        this.opening = false;
        inMemory(errorText(error));
      },
    );
  }

  /** The check worker reconciled the shared review of `revision` with the last run; `delta` is its change from that review. */
  reconciled(delta: ReviewDelta, from: number): void {
    const current = this.snapshot.review;
    const run = this.awaited;
    this.awaited = null;
    if (!current || !run) return;
    const review = from === this.revision && this.shared ? fromWorker(this.shared, delta) : null;
    // The worker already holds this review: it is shown, not shared back.
    if (review) this.show({ review });
    else this.setReview(reconcileReview(current, run.text, run.findings, run.claims, this.ports.now()));
  }

  /** Applies a user's change and schedules a save; false when the change was refused. */
  update(change: ReviewChange): boolean {
    const current = this.snapshot.review;
    if (!current) return false;
    const { lang, reviewer } = this.ports.context();
    try {
      this.setReview(change(current, reviewer, this.ports.now()));
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      this.ports.onError(t(lang, error.key, error.params));
      return false;
    }
    this.scheduleSave();
    return true;
  }

  saveNow(): void {
    void this.save();
  }

  resolveConflicts(choices: readonly ('mine' | 'theirs')[]): void {
    const pending = this.snapshot.conflicts;
    if (!pending) return;
    const resolved = pending.conflicts.reduce((r, c, i) => resolveConflict(r, c, choices[i] ?? 'mine'), pending.merged);
    const sent = this.conflictSent;
    const current = this.snapshot.review;
    this.show({ conflicts: null });
    this.setReview(sent && current && current !== sent ? mergeReviews(sent, current, resolved).merged : resolved);
    void this.save();
  }

  /** Stops a scheduled save (the session is going away). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private show(patch: Partial<ReviewSessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setReview(next: Review | null): void {
    this.show({ review: next });
    this.shared = next;
    this.ports.shareReview(++this.revision, next);
  }

  private setSaveState(save: Extract<ReviewStore, { kind: 'file' }>['save'], merged = false): void {
    if (this.snapshot.store.kind === 'file') this.show({ store: { kind: 'file', save, merged } });
  }

  private scheduleSave(): void {
    if (this.snapshot.store.kind !== 'file') return;
    this.setSaveState('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), REVIEW_SAVE_DELAY_MS);
  }

  private saveFailed(reason: string): void {
    this.setSaveState('error');
    this.ports.onError(t(this.ports.context().lang, 'review.ui.saveFailed', { reason }));
  }

  private async save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const path = this.path;
    const sent = this.snapshot.review;
    if (this.snapshot.store.kind !== 'file' || path === null || sent === null) return;
    if (this.saving) {
      this.saveAgain = true;
      return;
    }
    this.saving = true;
    this.setSaveState('saving');
    const gen = this.generation;
    try {
      const result = await this.ports.storage.saveReview(path, sent);
      if (gen !== this.generation) return;
      if (result.ok) {
        const current = this.snapshot.review;
        if (result.merged && current) this.setReview(current === sent ? result.review : mergeReviews(sent, current, result.review).merged);
        if (result.merged && current !== sent) this.saveAgain = true;
        this.setSaveState(this.saveAgain ? 'pending' : 'saved', result.merged);
      } else if ('conflicts' in result) {
        this.conflictSent = sent;
        this.show({ conflicts: { conflicts: result.conflicts, merged: result.merged } });
        this.setSaveState('pending');
      } else this.saveFailed(result.message);
    } catch (error) {
      this.saveFailed(errorText(error));
    } finally {
      this.saving = false;
      if (this.saveAgain && gen === this.generation) {
        this.saveAgain = false;
        void this.save();
      }
    }
  }
}

/** The worker's review rebuilt from the shared one; null (reconciled here instead) if the change does not fit it, which would be a bug. */
function fromWorker(shared: Review, delta: ReviewDelta): Review | null {
  try {
    return applyReviewDelta(shared, delta);
  } catch {
    return null;
  }
}
