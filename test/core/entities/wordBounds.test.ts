import { describe, expect, it } from 'vitest';
import { wordBounds } from '../../../src/core/entities/wordBounds';
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

  it('reads a dictionary word whole and an unknown name as single characters', () => {
    const text = '兰州绿源达食品有限公司';
    const bounds = wordBounds(text);
    expect(bounds.startOfWordEndingAt(text.length)).toBeLessThan(text.length - 1);
    expect(bounds.isBoundary(text.indexOf('有限'))).toBe(true);
  });
});
