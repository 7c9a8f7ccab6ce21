import { describe, expect, it, vi } from 'vitest';
import { breaksBesideHan, wordBounds } from '../../../src/core/entities/wordBounds';
import { MEASURED_DRAFTS } from '../../fixtures/entities/measuredDrafts';

/** Every word boundary of a sentence-sized piece, by walking all its segments: the reference. */
function walkedBoundaries(paragraph: string): Set<number> {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const boundaries = new Set([0, paragraph.length]);
  let from = 0;
  for (const piece of paragraph.split(/(?<=[。！？!?；;])/)) {
    for (const s of segmenter.segment(piece)) boundaries.add(from + s.index);
    from += piece.length;
  }
  return boundaries;
}

describe('wordBounds', () => {
  const paragraphs = MEASURED_DRAFTS.flatMap((d) => d.text.split('\n')).filter((p) => p.length > 0);

  it('answers as walking every segment would', () => {
    for (const paragraph of paragraphs) {
      const reference = walkedBoundaries(paragraph);
      const bounds = wordBounds(paragraph);
      for (let offset = 0; offset <= paragraph.length; offset++) {
        expect(bounds.isBoundary(offset), `${paragraph} @${offset}`).toBe(reference.has(offset));
      }
      for (let end = 1; end <= paragraph.length; end++) {
        const start = bounds.startOfWordEndingAt(end);
        const whole = reference.has(end) ? Math.max(...[...reference].filter((b) => b < end)) : end - 1;
        expect(start, `${paragraph} ..${end}`).toBe(whole);
      }
    }
  });

  it('answers the same in any order of questions, mixing both kinds', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (const paragraph of paragraphs) {
      const reference = walkedBoundaries(paragraph);
      const bounds = wordBounds(paragraph);
      for (let k = 0; k < 2 * paragraph.length; k++) {
        const at = next(paragraph.length + 1);
        if (k % 2 === 0) expect(bounds.isBoundary(at), `${paragraph} @${at}`).toBe(reference.has(at));
        else if (at > 0) {
          const whole = reference.has(at) ? Math.max(...[...reference].filter((b) => b < at)) : at - 1;
          expect(bounds.startOfWordEndingAt(at), `${paragraph} ..${at}`).toBe(whole);
        }
      }
    }
  });

  it('asks ICU once for a boundary and the word ending there', () => {
    const containing = vi.spyOn(Object.getPrototypeOf(new Intl.Segmenter('zh').segment('')), 'containing');
    try {
      const text = '兰州绿源达食品有限公司';
      const bounds = wordBounds(text);
      const suffix = text.indexOf('有限');
      expect(bounds.isBoundary(suffix)).toBe(true);
      const asked = containing.mock.calls.length;
      expect(asked).toBe(1);
      expect(bounds.startOfWordEndingAt(suffix)).toBeLessThan(suffix);
      expect(containing.mock.calls.length).toBe(asked);
    } finally {
      containing.mockRestore();
    }
  });

  it('cuts a paragraph with no sentence end every 2,000 characters, and reads the words of each sentence whole', () => {
    const long = '中华人民共和国'.repeat(700);
    const bounds = wordBounds(long);
    // 2,000 falls inside 共和国 and 4,000 inside 人民: only the cut makes them boundaries.
    expect(bounds.isBoundary(2000)).toBe(true);
    expect(bounds.isBoundary(4000)).toBe(true);
    // Inside 人民 and 中华 in the first and the second piece.
    expect(bounds.isBoundary(1998)).toBe(false);
    expect(bounds.isBoundary(3998)).toBe(false);
    const sentences = wordBounds('今天开会。中华人民共和国');
    expect(sentences.startOfWordEndingAt(12)).toBe(9);
  });

  it('reads a dictionary word whole and an unknown name as single characters', () => {
    const text = '兰州绿源达食品有限公司';
    const bounds = wordBounds(text);
    expect(bounds.startOfWordEndingAt(text.length)).toBeLessThan(text.length - 1);
    expect(bounds.isBoundary(text.indexOf('有限'))).toBe(true);
  });

  it('answers without ICU only where ICU breaks beside Han whatever surrounds it', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const boundaries = (text: string): Set<number> => new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));
    let checked = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (!breaksBesideHan(code)) continue;
      const c = String.fromCharCode(code);
      // Between Han that would otherwise make one word (中国, 人民), after and before letters, digits and itself.
      for (const [text, at] of [[`中${c}国`, [1, 2]], [`人民${c}政府`, [2, 3]], [`${c}中国`, [1]], [`中国${c}`, [2]], [`a${c}中国`, [2]], [`中国${c}1`, [2]], [`${c}${c}中国`, [2]]] as const) {
        const found = boundaries(text);
        for (const offset of at) expect(found.has(offset), `U+${code.toString(16)} in ${text} @${offset}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(7 * 286);
  });
});
