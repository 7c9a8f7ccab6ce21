import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { setNote, setVerdict } from '../../src/core/review/setVerdict';
import { loadSidecar, saveReview } from '../../src/node/review/sidecarFile';
import { sidecarPathFor } from '../../src/node/review/sidecarPath';
import { findingAt, LATER } from '../fixtures/review/reviewFixtures';
import { DRAFT, draftIn, handlersFor } from './apiHandlersHarness';

const FINDINGS = [findingAt(DRAFT, 'punctuation.half-width', ',')];

async function openedDraft() {
  const draft = await draftIn('稿件.txt');
  const { handlers } = await handlersFor(draft, []);
  await handlers.openStartupDraft();
  const opened = await handlers.openReview(draft, DRAFT, FINDINGS, extractClaims(DRAFT));
  if (!opened.ok) throw new Error('expected the review to open');
  const finding = opened.review.items.find((item) => item.kind === 'finding')!;
  return { draft, handlers, review: opened.review, finding };
}

describe('saveReview replies with a review only when it merged one', () => {
  it('sends nothing back for a save nobody else raced, and the file holds what was sent', async () => {
    const { draft, handlers, review, finding } = await openedDraft();
    const confirmed = setVerdict(review, finding.id, 'confirmed', {}, '甲', LATER);
    expect(await handlers.saveReview(draft, confirmed)).toEqual({ ok: true, merged: false });
    const onDisk = await loadSidecar(sidecarPathFor(draft));
    if (onDisk.status !== 'ok') throw new Error('expected the review file');
    expect(onDisk.review.items.find((item) => item.id === finding.id)?.verdict).toBe('confirmed');
    handlers.dispose();
  });

  it('sends back the merge when a colleague saved in between', async () => {
    const { draft, handlers, review, finding } = await openedDraft();
    expect(await handlers.saveReview(draft, review)).toEqual({ ok: true, merged: false });
    const sidecar = sidecarPathFor(draft);
    const theirs = await loadSidecar(sidecar);
    if (theirs.status !== 'ok') throw new Error('expected the review file');
    await saveReview(sidecar, setNote(theirs.review, finding.id, '已向作者核实', '乙', LATER), theirs.base);
    const reply = await handlers.saveReview(draft, setVerdict(review, finding.id, 'confirmed', {}, '甲', LATER));
    if (!reply.ok || !reply.merged) throw new Error('expected a merged save');
    const merged = reply.review.items.find((item) => item.id === finding.id)!;
    expect([merged.verdict, merged.note]).toEqual(['confirmed', '已向作者核实']);
    handlers.dispose();
  });
});
