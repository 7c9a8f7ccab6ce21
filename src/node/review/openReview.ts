import type { Claim } from '../../core/claims/claim';
import { pageChrome, type ChromeBlock } from '../../core/chrome/pageChrome';
import type { Finding } from '../../core/finding';
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
 * check results and the claims; or a new one, all open, when there is none. Page chrome is left
 * out of both unless the stored review includes it: `check` and `claimsOf` are given the ranges to
 * leave out (a caller whose findings and claims are already made, like the app's, may ignore
 * them). Reads only; the caller saves with saveReview(sidecarPath, review, base).
 */
export async function openReview(
  draftPath: string,
  text: string,
  check: (exclude: readonly ChromeBlock[]) => readonly Finding[],
  claimsOf: (exclude: readonly ChromeBlock[]) => readonly Claim[],
  now: string,
): Promise<OpenReviewResult> {
  const sidecarPath = sidecarPathFor(draftPath);
  const loaded = await loadSidecar(sidecarPath);
  if (loaded.status === 'refused') return { ok: false, error: loaded.error, sidecarPath };
  const chromeIncluded = loaded.status === 'ok' && loaded.review.chromeIncluded === true;
  const exclude = chromeIncluded ? [] : pageChrome(text);
  const findings = check(exclude);
  const claims = claimsOf(exclude);
  const review =
    loaded.status === 'ok' ? reconcileReview(loaded.review, text, findings, claims, now) : createReview(text, findings, claims, now);
  return { ok: true, review, base: loaded.base, sidecarPath, existed: loaded.status === 'ok' };
}
