import { extractClaims } from '../../core/claims/extractClaims';
import { pageChrome } from '../../core/chrome/pageChrome';
import type { Finding } from '../../core/finding';
import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { createReview } from '../../core/review/createReview';
import { reconcileReview } from '../../core/review/reconcileReview';
import type { Review } from '../../core/review/review';
import { loadSidecar, type SidecarBase } from './sidecarFile';
import type { SidecarError } from './sidecarError';
import { sidecarPathFor } from './sidecarPath';

export type OpenReviewResult =
  | { ok: true; review: Review; base: SidecarBase; sidecarPath: string; existed: boolean }
  | { ok: false; error: SidecarError; sidecarPath: string };

/**
 * The review of a draft as it stands now: the stored one reconciled with the current text, the
 * given check results and freshly extracted claims (page chrome left out unless the review includes it); or a new one, all open, when there is none.
 * Reads only; the caller saves with saveReview(sidecarPath, review, base).
 */
export async function openReview(
  draftPath: string,
  text: string,
  findings: readonly Finding[],
  now: string,
  gazetteer?: Gazetteer,
): Promise<OpenReviewResult> {
  const sidecarPath = sidecarPathFor(draftPath);
  const loaded = await loadSidecar(sidecarPath);
  if (loaded.status === 'refused') return { ok: false, error: loaded.error, sidecarPath };
  const chromeIncluded = loaded.status === 'ok' && loaded.review.chromeIncluded === true;
  const claims = extractClaims(text, gazetteer, chromeIncluded ? [] : pageChrome(text));
  const review =
    loaded.status === 'ok' ? reconcileReview(loaded.review, text, findings, claims, now) : createReview(text, findings, claims, now);
  return { ok: true, review, base: loaded.base, sidecarPath, existed: loaded.status === 'ok' };
}
