import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { Review } from '../../core/review/review';
import { afterNextPaint } from '../afterNextPaint';
import { api } from '../jiaokanApi';
import { ReviewSession, type ReviewSessionSnapshot } from './reviewSession';

/** The session's current state with its (stable) commands, as the panels use it. */
export type ReviewSessionView = ReviewSessionSnapshot &
  Pick<ReviewSession, 'draftLoaded' | 'checked' | 'reconciled' | 'update' | 'saveNow' | 'resolveConflicts'>;

interface Options {
  lang: Lang;
  reviewer: string;
  onError(message: string): void;
  /** Hands the check worker each review set here, so that it reconciles the next check runs off the UI thread. */
  shareReview(revision: number, review: Review | null): void;
}

/** Adapts the review session (reviewSession.ts) to React: one session per mounted App, re-rendered on each change. */
export function useReviewSession(options: Options): ReviewSessionView {
  const latest = useRef(options);
  latest.current = options;
  const [session] = useState(
    () =>
      new ReviewSession({
        storage: {
          // Asked as a draft's first findings arrive, with the whole text: copying a long draft to main
          // holds the UI thread for tens of milliseconds, so it waits until those findings are painted.
          openReview: (...args) => afterNextPaint().then(() => api().openReview(...args)),
          saveReview: (...args) => api().saveReview(...args),
        },
        shareReview: (revision, review) => latest.current.shareReview(revision, review),
        onError: (message) => latest.current.onError(message),
        context: () => ({ lang: latest.current.lang, reviewer: latest.current.reviewer }),
        now: () => new Date().toISOString(),
      }),
  );
  useEffect(() => () => session.dispose(), [session]);
  const commands = useMemo(
    () => ({
      draftLoaded: session.draftLoaded.bind(session),
      checked: session.checked.bind(session),
      reconciled: session.reconciled.bind(session),
      update: session.update.bind(session),
      saveNow: session.saveNow.bind(session),
      resolveConflicts: session.resolveConflicts.bind(session),
    }),
    [session],
  );
  return { ...useSyncExternalStore(session.subscribe, session.getSnapshot), ...commands };
}
