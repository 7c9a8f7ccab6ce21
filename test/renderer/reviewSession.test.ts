import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { createReview } from '../../src/core/review/createReview';
import { dismissRule } from '../../src/core/review/dismissRule';
import { mergeReviews } from '../../src/core/review/mergeReviews';
import { reconcileReview } from '../../src/core/review/reconcileReview';
import type { Review } from '../../src/core/review/review';
import { reviewDelta } from '../../src/core/review/reviewDelta';
import { setNote, setVerdict } from '../../src/core/review/setVerdict';
import { REVIEW_SAVE_DELAY_MS, ReviewSession } from '../../src/renderer/review/reviewSession';
import type { OpenReviewResult, SaveReviewResult } from '../../src/shared/api';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../fixtures/review/reviewFixtures';

const PATH = '/drafts/稿件.txt';
const FINDINGS = [findingAt(SHORT_DRAFT, 'punctuation.half-width', ','), findingAt(SHORT_DRAFT, 'repetition.character', '的的')];
const CLAIMS = extractClaims(SHORT_DRAFT);

/** A promise settled by the test, so that each step of the machine can be observed in between. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function stored(): Review {
  return createReview(SHORT_DRAFT, FINDINGS, CLAIMS, NOW);
}

function findingItem(review: Review, rule: string) {
  return review.items.find((i) => i.kind === 'finding' && i.rule === rule)!;
}

function harness() {
  const opens: ReturnType<typeof deferred<OpenReviewResult>>[] = [];
  const openArgs: unknown[][] = [];
  const saves: { review: Review; answer: ReturnType<typeof deferred<SaveReviewResult>> }[] = [];
  const errors: string[] = [];
  const shared: (Review | null)[] = [];
  const session = new ReviewSession({
    storage: {
      openReview: (...args) => {
        openArgs.push(args);
        const answer = deferred<OpenReviewResult>();
        opens.push(answer);
        return answer.promise;
      },
      saveReview: (_path, review) => {
        const answer = deferred<SaveReviewResult>();
        saves.push({ review, answer });
        return answer.promise;
      },
    },
    shareReview: (_revision, review) => shared.push(review),
    onError: (message) => errors.push(message),
    context: () => ({ lang: 'en', reviewer: '甲' }),
    now: () => LATER,
  });
  return { session, opens, openArgs, saves, errors, shared };
}

/** Lets every settled promise's handlers run. */
async function settle() {
  await vi.advanceTimersByTimeAsync(0);
}

/** A session whose draft's sidecar has been opened from `review`. */
async function openedSession(review = stored()) {
  const h = harness();
  h.session.draftLoaded(PATH);
  h.session.checked(SHORT_DRAFT, FINDINGS, CLAIMS, null);
  h.opens[0]!.resolve({ ok: true, review, existed: true });
  await settle();
  return h;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ReviewSession', () => {
  it('loads the sidecar on the first check run and reconciles a run that came while it was opening', async () => {
    const h = harness();
    h.session.draftLoaded(PATH);
    expect(h.session.getSnapshot().store).toEqual({ kind: 'loading' });
    h.session.checked(SHORT_DRAFT, FINDINGS, CLAIMS, null);
    const shorter = FINDINGS.slice(0, 1);
    h.session.checked(SHORT_DRAFT, shorter, CLAIMS, null);
    expect(h.opens).toHaveLength(1);
    // Main is handed the claims the worker made, so it need not extract them again on its thread.
    expect(h.openArgs[0]).toEqual([PATH, SHORT_DRAFT, FINDINGS, CLAIMS]);
    h.opens[0]!.resolve({ ok: true, review: stored(), existed: true });
    await settle();
    const { review, store } = h.session.getSnapshot();
    expect(store).toEqual({ kind: 'file', save: 'saved', merged: false });
    expect(findingItem(review!, 'repetition.character').reported).toBe(false);
    expect(h.shared.at(-1)).toBe(review);
  });

  it('keeps a draft without a file in memory and never saves it', async () => {
    const h = harness();
    h.session.draftLoaded(null);
    h.session.checked(SHORT_DRAFT, FINDINGS, CLAIMS, null);
    expect(h.session.getSnapshot().store).toEqual({ kind: 'memory', reason: 'noFile' });
    const item = findingItem(h.session.getSnapshot().review!, 'punctuation.half-width');
    expect(h.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now))).toBe(true);
    await vi.advanceTimersByTimeAsync(REVIEW_SAVE_DELAY_MS * 2);
    expect(h.saves).toEqual([]);
  });

  it('saves a change after a pause, as the reviewer, and shows each save state', async () => {
    const h = await openedSession();
    const item = findingItem(h.session.getSnapshot().review!, 'punctuation.half-width');
    h.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now));
    expect(h.session.getSnapshot().store).toMatchObject({ save: 'pending' });
    await vi.advanceTimersByTimeAsync(REVIEW_SAVE_DELAY_MS - 1);
    expect(h.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toHaveLength(1);
    expect(h.session.getSnapshot().store).toMatchObject({ save: 'saving' });
    expect(findingItem(h.saves[0]!.review, 'punctuation.half-width')).toMatchObject({ verdict: 'confirmed', reviewer: '甲', time: LATER });
    h.saves[0]!.answer.resolve({ ok: true, merged: false });
    await settle();
    expect(h.session.getSnapshot().store).toEqual({ kind: 'file', save: 'saved', merged: false });
  });

  it("merges a colleague's change saved meanwhile, keeping a change made during the save", async () => {
    const h = await openedSession();
    const review = h.session.getSnapshot().review!;
    const mine = findingItem(review, 'punctuation.half-width');
    const theirs = findingItem(review, 'repetition.character');
    h.session.update((r, who, now) => setVerdict(r, mine.id, 'confirmed', {}, who, now));
    h.session.saveNow();
    const sent = h.saves[0]!.review;
    h.session.update((r, who, now) => setNote(r, mine.id, '已核', who, now));
    const fromDisk = setVerdict(sent, theirs.id, 'dismissed', { reason: '叠词' }, '乙', LATER);
    h.saves[0]!.answer.resolve({ ok: true, review: fromDisk, merged: true });
    await settle();
    const merged = h.session.getSnapshot().review!;
    expect(findingItem(merged, 'repetition.character')).toMatchObject({ verdict: 'dismissed', reviewer: '乙' });
    expect(findingItem(merged, 'punctuation.half-width')).toMatchObject({ verdict: 'confirmed', note: '已核' });
    // The change made during the save is not on disk yet: it is saved again.
    expect(h.saves).toHaveLength(2);
    expect(findingItem(h.saves[1]!.review, 'punctuation.half-width').note).toBe('已核');
    h.saves[1]!.answer.resolve({ ok: true, merged: false });
    await settle();
    expect(h.session.getSnapshot().store).toEqual({ kind: 'file', save: 'saved', merged: false });
  });

  it('holds a true conflict for the user, then saves the chosen side', async () => {
    const h = await openedSession();
    const base = h.session.getSnapshot().review!;
    const item = findingItem(base, 'punctuation.half-width');
    h.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now));
    h.session.saveNow();
    const mine = h.saves[0]!.review;
    const theirs = setVerdict(base, item.id, 'dismissed', { reason: '英文引文内' }, '乙', LATER);
    const { conflicts, merged } = mergeReviews(base, mine, theirs);
    h.saves[0]!.answer.resolve({ ok: false, conflicts, merged });
    await settle();
    expect(h.session.getSnapshot().conflicts?.conflicts.map((c) => c.field)).toEqual(['verdict']);
    expect(h.session.getSnapshot().store).toMatchObject({ save: 'pending' });
    h.session.resolveConflicts(['theirs']);
    expect(h.session.getSnapshot().conflicts).toBeNull();
    expect(h.saves).toHaveLength(2);
    expect(findingItem(h.saves[1]!.review, 'punctuation.half-width')).toMatchObject({ verdict: 'dismissed', reason: '英文引文内', reviewer: '乙' });
  });

  it('keeps a refused sidecar in memory, says why, and never saves over it', async () => {
    const h = harness();
    h.session.draftLoaded(PATH);
    h.session.checked(SHORT_DRAFT, FINDINGS, CLAIMS, null);
    h.opens[0]!.resolve({ ok: false, message: 'The review file is damaged.' });
    await settle();
    expect(h.errors).toEqual(['The review file is damaged.']);
    expect(h.session.getSnapshot().store).toEqual({ kind: 'memory', reason: 'refused' });
    expect(h.session.getSnapshot().review?.items.length).toBeGreaterThan(0);
    const item = findingItem(h.session.getSnapshot().review!, 'punctuation.half-width');
    h.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now));
    h.session.saveNow();
    expect(h.saves).toEqual([]);
  });

  it('recovers from a failed save: says so, keeps the change, and saves it with the next one', async () => {
    const h = await openedSession();
    const item = findingItem(h.session.getSnapshot().review!, 'punctuation.half-width');
    h.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now));
    h.session.saveNow();
    h.saves[0]!.answer.reject(new Error('disk full'));
    await settle();
    expect(h.session.getSnapshot().store).toMatchObject({ save: 'error' });
    expect(h.errors).toHaveLength(1);
    expect(h.errors[0]).toContain('disk full');
    expect(findingItem(h.session.getSnapshot().review!, 'punctuation.half-width').verdict).toBe('confirmed');
    h.session.update((r, who, now) => setNote(r, item.id, '再存', who, now));
    await vi.advanceTimersByTimeAsync(REVIEW_SAVE_DELAY_MS);
    expect(findingItem(h.saves[1]!.review, 'punctuation.half-width')).toMatchObject({ verdict: 'confirmed', note: '再存' });
    h.saves[1]!.answer.resolve({ ok: true, merged: false });
    await settle();
    expect(h.session.getSnapshot().store).toEqual({ kind: 'file', save: 'saved', merged: false });
  });

  it('refuses a change the review does not allow, saying why, and keeps the review', async () => {
    const h = await openedSession();
    const before = h.session.getSnapshot().review;
    expect(h.session.update((r, who, now) => dismissRule(r, 'repetition.character', ' ', who, now))).toBe(false);
    expect(h.errors).toHaveLength(1);
    expect(h.session.getSnapshot().review).toBe(before);
    expect(h.session.getSnapshot().store).toMatchObject({ save: 'saved' });
  });

  it("drops an older draft's answers and flushes its pending save when another draft is shown", async () => {
    const h = harness();
    h.session.draftLoaded(PATH);
    h.session.checked(SHORT_DRAFT, FINDINGS, CLAIMS, null);
    h.session.draftLoaded('/drafts/另一篇.txt');
    h.opens[0]!.resolve({ ok: true, review: stored(), existed: true });
    await settle();
    expect(h.session.getSnapshot()).toMatchObject({ review: null, store: { kind: 'loading' } });

    const g = await openedSession();
    const item = findingItem(g.session.getSnapshot().review!, 'punctuation.half-width');
    g.session.update((r, who, now) => setVerdict(r, item.id, 'confirmed', {}, who, now));
    g.session.draftLoaded('/drafts/另一篇.txt');
    expect(g.saves).toHaveLength(1);
    expect(findingItem(g.saves[0]!.review, 'punctuation.half-width').verdict).toBe('confirmed');
  });

  it("shows the worker's reconciliation of the shared review, and reconciles here when a change overtook it", async () => {
    const h = await openedSession();
    const shared = h.shared.length;
    const revision = h.shared.length;
    const fewer = FINDINGS.slice(0, 1);
    const base = h.shared[h.shared.length - 1]!;
    h.session.checked(SHORT_DRAFT, fewer, CLAIMS, revision);
    const fromWorker = { ...reconcileReview(base, SHORT_DRAFT, fewer, CLAIMS, LATER), updatedAt: '2026-03-01T11:00:00.000Z' };
    h.session.reconciled(reviewDelta(base, fromWorker), revision);
    expect(h.session.getSnapshot().review).toEqual(fromWorker);
    expect(h.shared).toHaveLength(shared);

    h.session.checked(SHORT_DRAFT, fewer, CLAIMS, revision);
    const item = findingItem(fromWorker, 'punctuation.half-width');
    h.session.update((r, who, now) => setNote(r, item.id, '先改', who, now));
    h.session.reconciled(reviewDelta(base, fromWorker), revision);
    const review = h.session.getSnapshot().review!;
    expect(review).not.toBe(fromWorker);
    expect(findingItem(review, 'punctuation.half-width').note).toBe('先改');
    expect(findingItem(review, 'repetition.character').reported).toBe(false);
  });

  it("reconciles here when the worker's change does not fit the review it shared (a bug, never a lost verdict)", async () => {
    const h = await openedSession();
    const revision = h.shared.length;
    const base = h.shared[h.shared.length - 1]!;
    const fewer = FINDINGS.slice(0, 1);
    h.session.checked(SHORT_DRAFT, fewer, CLAIMS, revision);
    const delta = reviewDelta({ ...base, items: [] }, reconcileReview(base, SHORT_DRAFT, fewer, CLAIMS, LATER));
    delta.items[0] = base.items.length + 5;
    h.session.reconciled(delta, revision);
    const review = h.session.getSnapshot().review!;
    expect(h.shared).toHaveLength(revision + 1);
    expect(review.items.map((i) => i.id).sort()).toEqual(base.items.map((i) => i.id).sort());
    expect(findingItem(review, 'repetition.character').reported).toBe(false);
  });
});
