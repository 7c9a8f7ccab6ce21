import { describe, expect, it } from 'vitest';
import { BridgePayloads, PAYLOAD_PATH, type StashedReply } from '../../e2e/harness/bridgePayloads';

const longText = '今年秋粮收购进展顺利。'.repeat(10_000);

describe('BridgePayloads', () => {
  it('passes small replies through and stashes a large one, handed out once', () => {
    const payloads = new BridgePayloads();
    const small = { ok: true, text: '短稿' };
    expect(payloads.stashIfLarge(small)).toBe(small);
    const large = { ok: true, draft: { name: 'a.txt', text: longText, encoding: 'utf-8' } };
    const stashed = payloads.stashIfLarge(large) as StashedReply;
    expect(typeof stashed.__bridgePayload).toBe('string');
    const path = `${PAYLOAD_PATH}${stashed.__bridgePayload}`;
    expect(JSON.parse(payloads.take(path)!)).toEqual(large);
    expect(payloads.take(path)).toBeUndefined();
    expect(payloads.take('/index.html')).toBeUndefined();
  });

  it('keeps a large reply JSON would change on the DevTools protocol', () => {
    const payloads = new BridgePayloads();
    for (const reply of [
      { text: longText, missing: undefined },
      { text: longText, bytes: new Uint8Array(3) },
      { text: longText, at: new Date(0) },
      [longText, Number.NaN],
    ]) {
      expect(payloads.stashIfLarge(reply)).toBe(reply);
    }
  });
});
