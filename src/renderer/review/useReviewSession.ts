import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '../../core/claims/claim';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { LocalizedError } from '../../core/i18n/localizedError';
import { t } from '../../core/i18n/messages';
import { createReview } from '../../core/review/createReview';
import { mergeReviews, resolveConflict, type ReviewConflict } from '../../core/review/mergeReviews';
import { reconcileReview } from '../../core/review/reconcileReview';
import type { Review } from '../../core/review/review';
import { api } from '../jiaokanApi';

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

export interface ReviewSession {
  review: Review | null;
  store: ReviewStore;
  conflicts: PendingConflicts | null;
  /** A draft was shown: forget the previous review (its pending save is flushed first). */
  draftLoaded(path: string | null): void;
  /**
   * A check run finished for `text`: open the review on the first run, reconcile it on the next.
   * `sharedRevision`: the revision of the review the check worker reconciles with this run (then
   * `reconciled` follows and nothing is done here), or null when it holds none.
   */
  checked(text: string, findings: readonly Finding[], claims: readonly Claim[], sharedRevision: number | null): void;
  /** The check worker reconciled the shared review of `revision` with the last run. */
  reconciled(review: Review, revision: number): void;
  /** Applies a user's change and schedules a save; false when the change was refused. */
  update(change: ReviewChange): boolean;
  saveNow(): void;
  resolveConflicts(choices: readonly ('mine' | 'theirs')[]): void;
}

const SAVE_DELAY_MS = 500;

interface Options {
  lang: Lang;
  reviewer: string;
  onError(message: string): void;
  /** Hands the check worker each review set here, so that it reconciles the next check runs off the UI thread. */
  shareReview(revision: number, review: Review | null): void;
}

/**
 * The draft's review in the renderer. Main loads it (openReview) and saves it (saveReview),
 * keeping the sidecar's base; the check worker reconciles it after each check run (a copy is
 * shared with it whenever it changes here) and every change is saved after a short pause. When a
 * change here overtakes the worker's reconciliation, the review is reconciled here instead. A refused sidecar is never saved over: the review then
 * lives in memory only.
 */
export function useReviewSession({ lang, reviewer, onError, shareReview }: Options): ReviewSession {
  const [review, setReviewState] = useState<Review | null>(null);
  const [store, setStoreState] = useState<ReviewStore>({ kind: 'none' });
  const [conflicts, setConflicts] = useState<PendingConflicts | null>(null);
  const reviewRef = useRef<Review | null>(null);
  const storeRef = useRef<ReviewStore>({ kind: 'none' });
  const pathRef = useRef<string | null>(null);
  /** Grows with every draft shown; answers for an older draft are dropped. */
  const generation = useRef(0);
  const opening = useRef(false);
  const pendingCheck = useRef<{ text: string; findings: readonly Finding[]; claims: readonly Claim[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const saveAgain = useRef(false);
  /** The review whose save met the conflicts: changes made since are merged into the resolution. */
  const conflictSent = useRef<Review | null>(null);
  const options = useRef({ lang, reviewer, onError, shareReview });
  options.current = { lang, reviewer, onError, shareReview };
  /** Grows with every review set here (not by the worker); the worker's answers name the revision they started from. */
  const revision = useRef(0);
  /** The newest check run while the worker reconciles it, for reconciling here when a change overtakes the worker. */
  const awaited = useRef<{ text: string; findings: readonly Finding[]; claims: readonly Claim[] } | null>(null);

  const setReview = useCallback((next: Review | null) => {
    reviewRef.current = next;
    setReviewState(next);
    options.current.shareReview(++revision.current, next);
  }, []);
  const setStore = useCallback((next: ReviewStore) => {
    storeRef.current = next;
    setStoreState(next);
  }, []);
  const setSaveState = useCallback(
    (save: Extract<ReviewStore, { kind: 'file' }>['save'], merged = false) => {
      if (storeRef.current.kind === 'file') setStore({ kind: 'file', save, merged });
    },
    [setStore],
  );

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const path = pathRef.current;
    const sent = reviewRef.current;
    if (storeRef.current.kind !== 'file' || path === null || sent === null) return;
    if (saving.current) {
      saveAgain.current = true;
      return;
    }
    saving.current = true;
    setSaveState('saving');
    const gen = generation.current;
    try {
      const result = await api().saveReview(path, sent);
      if (gen !== generation.current) return;
      if (result.ok) {
        const current = reviewRef.current;
        if (result.merged && current) setReview(current === sent ? result.review : mergeReviews(sent, current, result.review).merged);
        if (result.merged && current !== sent) saveAgain.current = true;
        setSaveState(saveAgain.current ? 'pending' : 'saved', result.merged);
      } else if ('conflicts' in result) {
        conflictSent.current = sent;
        setConflicts({ conflicts: result.conflicts, merged: result.merged });
        setSaveState('pending');
      } else {
        setSaveState('error');
        options.current.onError(t(options.current.lang, 'review.ui.saveFailed', { reason: result.message }));
      }
    } catch (error) {
      setSaveState('error');
      options.current.onError(t(options.current.lang, 'review.ui.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      saving.current = false;
      if (saveAgain.current && gen === generation.current) {
        saveAgain.current = false;
        void save();
      }
    }
  }, [setReview, setSaveState]);

  const scheduleSave = useCallback(() => {
    if (storeRef.current.kind !== 'file') return;
    setSaveState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [save, setSaveState]);

  const draftLoaded = useCallback(
    (path: string | null) => {
      if (timer.current !== undefined) void save();
      generation.current++;
      opening.current = false;
      pendingCheck.current = null;
      awaited.current = null;
      saveAgain.current = false;
      pathRef.current = path;
      setReview(null);
      setConflicts(null);
      setStore({ kind: 'loading' });
    },
    [save, setReview, setStore],
  );

  const checked = useCallback(
    (text: string, findings: readonly Finding[], claims: readonly Claim[], sharedRevision: number | null) => {
      const now = new Date().toISOString();
      const current = reviewRef.current;
      awaited.current = null;
      if (current) {
        if (sharedRevision === revision.current) awaited.current = { text, findings, claims };
        else setReview(reconcileReview(current, text, findings, claims, now));
        return;
      }
      if (opening.current) {
        pendingCheck.current = { text, findings, claims };
        return;
      }
      const path = pathRef.current;
      if (path === null) {
        setReview(createReview(text, findings, claims, now));
        setStore({ kind: 'memory', reason: 'noFile' });
        return;
      }
      opening.current = true;
      const gen = generation.current;
      const inMemory = (message: string) => {
        options.current.onError(message);
        setReview(createReview(text, findings, claims, now));
        setStore({ kind: 'memory', reason: 'refused' });
      };
      api()
        .openReview(path, text, [...findings])
        .then(
          (result) => {
            if (gen !== generation.current) return;
            opening.current = false;
            if (!result.ok) return inMemory(result.message);
            setStore({ kind: 'file', save: 'saved', merged: false });
            const later = pendingCheck.current;
            pendingCheck.current = null;
            const stamp = new Date().toISOString();
            setReview(later ? reconcileReview(result.review, later.text, later.findings, later.claims, stamp) : result.review);
          },
          (error: unknown) => {
            if (gen !== generation.current) return;
            opening.current = false;
            inMemory(error instanceof Error ? error.message : String(error));
          },
        );
    },
    [setReview, setStore],
  );

  const reconciled = useCallback(
    (review: Review, from: number) => {
      const current = reviewRef.current;
      const run = awaited.current;
      awaited.current = null;
      if (!current || !run) return;
      if (from === revision.current) {
        reviewRef.current = review;
        setReviewState(review);
      } else setReview(reconcileReview(current, run.text, run.findings, run.claims, new Date().toISOString()));
    },
    [setReview],
  );

  const update = useCallback(
    (change: ReviewChange): boolean => {
      const current = reviewRef.current;
      if (!current) return false;
      try {
        setReview(change(current, options.current.reviewer, new Date().toISOString()));
      } catch (error) {
        if (!(error instanceof LocalizedError)) throw error;
        options.current.onError(t(options.current.lang, error.key, error.params));
        return false;
      }
      scheduleSave();
      return true;
    },
    [scheduleSave, setReview],
  );

  const resolveConflicts = useCallback(
    (choices: readonly ('mine' | 'theirs')[]) => {
      if (!conflicts) return;
      const resolved = conflicts.conflicts.reduce((r, c, i) => resolveConflict(r, c, choices[i] ?? 'mine'), conflicts.merged);
      const sent = conflictSent.current;
      const current = reviewRef.current;
      setConflicts(null);
      setReview(sent && current && current !== sent ? mergeReviews(sent, current, resolved).merged : resolved);
      void save();
    },
    [conflicts, save, setReview],
  );

  const saveNow = useCallback(() => void save(), [save]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { review, store, conflicts, draftLoaded, checked, reconciled, update, saveNow, resolveConflicts };
}
