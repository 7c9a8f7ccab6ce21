import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';
import { REVISION_SENTENCES as S } from '../../fixtures/diff/revisionSentences';

describe('diffRevisions', () => {
  it('shows a number change as whole tokens, never splitting digits', () => {
    const d = diffRevisions('带动农户4170户。', '带动农户4107户。');
    expect(d.paragraphs[0]!.parts!.map((p) => [p.op, p.text])).toEqual([
      ['equal', '带动农户'],
      ['removed', '4170'],
      ['added', '4107'],
      ['equal', '户。'],
    ]);
  });

  it('keeps character granularity inside a short change', () => {
    const d = diffRevisions('种植户韩春梅笑着说。', '种植户韩春海笑着说。');
    expect(d.paragraphs[0]!.parts!.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['梅', '海']);
  });

  it('widens a longer change to whole words', () => {
    const d = diffRevisions('县里决定发展经济。', '县里决定发挥作用。');
    expect(d.paragraphs[0]!.parts!.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['发展经济', '发挥作用']);
  });

  it('reports a moved paragraph that was also edited as a move with inline parts', () => {
    const old = [S[0], S[1], S[2], S[3], S[4]].join('\n');
    const edited = S[1].replace('黄瓜', '西红柿');
    const next = [S[0], S[2], S[3], S[4], edited].join('\n');
    const d = diffRevisions(old, next);
    expect(d.moves).toHaveLength(1);
    expect(d.moves[0]).toMatchObject({ oldIndex: 1, newIndex: 4, identical: false, text: edited });
    const rows = d.paragraphs.filter((r) => r.kind === 'moved');
    expect(rows.map((r) => [r.oldIndex, r.newIndex, r.moveIndex])).toEqual([[1, null, 0], [null, 4, 0]]);
    expect(rows[1]!.parts!.some((p) => p.op === 'added' && p.text.includes('西红柿'))).toBe(true);
  });

  it('counts added, removed and changed paragraphs and characters', () => {
    const d = diffRevisions([S[0], S[1], S[2]].join('\n'), [S[0], S[2].replace('386', '390'), S[5]].join('\n'));
    expect(d.summary).toEqual({ paragraphsAdded: 1, paragraphsRemoved: 1, paragraphsChanged: 1, paragraphsMoved: 0, charsAdded: 3 + S[5].length, charsRemoved: 3 + S[1].length });
  });

  it('never counts a blank line added or removed as a paragraph', () => {
    const old = [S[0], '', S[1], S[2]].join('\n');
    const next = [S[0], S[1], '', '\u3000 ', S[2]].join('\n');
    const d = diffRevisions(old, next);
    expect(d.summary).toMatchObject({ paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsChanged: 0 });
    expect(d.paragraphs.every((r) => r.kind === 'same')).toBe(true);
    expect(d.hunks.length).toBeGreaterThan(0);
  });

  it('still counts a paragraph with text added beside blank lines', () => {
    const d = diffRevisions([S[0], '', S[1]].join('\n'), [S[0], '', S[3], '', S[1]].join('\n'));
    expect(d.summary).toMatchObject({ paragraphsAdded: 1, paragraphsRemoved: 0, charsAdded: S[3].length });
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    diffRevisions(S.join('\n'), [...S].reverse().join('\n'), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});
