import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/core/claims/claim';
import { claimsDelta } from '../../../src/core/claims/claimsDelta';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import type { CheckRequest, CheckResponse } from '../../../src/renderer/worker/checkProtocol';

/** The check worker as the client sees it: what it was sent, and a way to make it answer. */
class FakeWorker extends EventTarget {
  readonly sent: CheckRequest[] = [];
  postMessage(message: CheckRequest): void {
    this.sent.push(message);
  }
  say(message: CheckResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const worker = new FakeWorker();
vi.mock('../../../src/renderer/worker/prestartedCheckWorker', () => ({
  takeCheckWorker: () => ({ worker, terminate: () => undefined, held: [] }),
}));
const { CheckClient } = await import('../../../src/renderer/worker/checkClient');

const TEXTS = ['2024年3月15日，临河县收购小麦1.8万吨。', '2024年3月15日，临河县收购小麦1.8万吨，同比增长12.5%。', '据悉，2024年3月15日，临河县收购小麦2.1万吨，同比增长12.5%。'];

describe('CheckClient', () => {
  afterEach(() => vi.useRealTimers());

  it('applies every claims change in order, a stale one too, and hands on only the current text’s claims whole', () => {
    vi.useFakeTimers();
    const handed: { claims: Claim[]; version: number }[] = [];
    const client = new CheckClient({
      onFindings: () => undefined,
      onClaims: (claims, version) => handed.push({ claims, version }),
      onReconciled: () => undefined,
      onFailed: (reason) => {
        throw new Error(reason);
      },
      onGazetteer: () => undefined,
    });
    // The worker answers each text it was sent, each claims message told from the one before it.
    let sent = { text: '', claims: [] as Claim[] };
    const answer = (text: string, version: number) => {
      const claims = extractClaims(text);
      worker.say({ type: 'claims', version, delta: claimsDelta(sent.claims, claims, text.length - sent.text.length) });
      sent = { text, claims };
    };
    const first = client.request(() => TEXTS[0]!, 'zh');
    answer(TEXTS[0]!, first);
    const second = client.request(() => TEXTS[1]!, 'zh');
    // An edit overtook the second text's claims on their way: they are stale when they arrive.
    const third = client.request(() => TEXTS[2]!, 'zh');
    answer(TEXTS[1]!, second);
    answer(TEXTS[2]!, third);
    expect(handed.map((h) => h.version)).toEqual([first, third]);
    expect(handed[0]!.claims).toEqual(extractClaims(TEXTS[0]!));
    expect(handed[1]!.claims).toEqual(extractClaims(TEXTS[2]!));
    expect(handed[1]!.claims.map((c) => c.span.text)).toContain('2.1万吨');
    client.dispose();
  });
});
