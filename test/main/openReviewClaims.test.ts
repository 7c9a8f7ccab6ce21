import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/claims/claim';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { dispatchInvoke, InvalidIpcCall } from '../../src/main/invokeDispatch';
import { DRAFT, draftIn, handlersFor } from './apiHandlersHarness';

const FIGURE = '4.2万亩';
const AT = DRAFT.indexOf(FIGURE);
const SENT: Claim = { id: 'claim.number:sent-by-the-page', type: 'number', span: { start: AT, end: AT + FIGURE.length, text: FIGURE }, label: FIGURE, occurrences: 1 };

describe('openReview takes the claims the renderer made', () => {
  it('keeps the claims it is sent and extracts none of its own', async () => {
    // The draft states more than one claim; main must not find them again on its own thread.
    expect(extractClaims(DRAFT).length).toBeGreaterThan(1);
    const draft = await draftIn('稿件.txt');
    const { handlers } = await handlersFor(draft, []);
    await handlers.openStartupDraft();
    const opened = await handlers.openReview(draft, DRAFT, [], [SENT]);
    if (!opened.ok) throw new Error('expected the review to open');
    const claimItems = opened.review.items.filter((item) => item.kind === 'claim');
    expect(claimItems.map((item) => [item.id, item.rule, item.message])).toEqual([[SENT.id, 'claim.number', FIGURE]]);
    handlers.dispose();
  });

  it('passes well-formed claims through IPC validation', async () => {
    const draft = await draftIn('稿件.txt');
    const { handlers } = await handlersFor(draft, []);
    await handlers.openStartupDraft();
    const opened = await dispatchInvoke(handlers, 'openReview', [draft, DRAFT, [], [SENT]]);
    expect(opened).toMatchObject({ ok: true });
    handlers.dispose();
  });

  it.each([
    ['an unknown claim type', { ...SENT, type: 'rumour' }],
    ['no occurrences', { ...SENT, occurrences: 0 }],
    ['a key claims do not have', { ...SENT, verdict: 'verified' }],
    ['a span without its text', { ...SENT, span: { start: AT, end: AT + 1 } }],
  ])('rejects %s before it reaches the handler', async (_what, claim) => {
    let reached = false;
    const handlers = { openReview: async () => ((reached = true), { ok: false, message: '' }) } as never;
    await expect(dispatchInvoke(handlers, 'openReview', ['/tmp/稿件.txt', DRAFT, [], [claim]])).rejects.toBeInstanceOf(InvalidIpcCall);
    expect(reached).toBe(false);
  });

  it('rejects a call without claims', async () => {
    const handlers = { openReview: async () => ({ ok: false, message: '' }) } as never;
    await expect(dispatchInvoke(handlers, 'openReview', ['/tmp/稿件.txt', DRAFT, []])).rejects.toBeInstanceOf(InvalidIpcCall);
  });
});
