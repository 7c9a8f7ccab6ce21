import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';
import { paragraphSegments, type CompareSide, type Segment } from '../../../src/renderer/components/compare/paragraphSegments';

const text = (segments: Segment[]): string => segments.map((s) => s.text).join('');
const marked = (segments: Segment[], mark: Segment['mark']): string[] => segments.filter((s) => s.mark === mark).map((s) => s.text);

function segmentsOf(oldText: string, newText: string, side: CompareSide, options = {}): Segment[][] {
  const diff = diffRevisions(oldText, newText, options);
  return diff.paragraphs.map((row) => paragraphSegments(row, side, oldText, newText));
}

describe('paragraphSegments', () => {
  const oldText = '镇里共有果农2637户，负责人王建国介绍了情况。';
  const newText = '镇里共有果农2673户，负责人王建华介绍了情况。';

  it('shows each side its own text, marking only what that side lost or gained', () => {
    const [old] = segmentsOf(oldText, newText, 'old');
    const [now] = segmentsOf(oldText, newText, 'new');
    expect(text(old!)).toBe(oldText);
    expect(text(now!)).toBe(newText);
    expect(marked(old!, 'ins')).toEqual([]);
    expect(marked(now!, 'del')).toEqual([]);
    expect(marked(old!, 'del').join('')).toContain('国');
    expect(marked(now!, 'ins').join('')).toContain('华');
  });

  it('merges both inline: removed text then added text, in place', () => {
    const [inline] = segmentsOf(oldText, newText, 'inline');
    expect(text(inline!.filter((s) => s.mark !== 'ins'))).toBe(oldText);
    expect(text(inline!.filter((s) => s.mark !== 'del'))).toBe(newText);
  });

  it('shows a hidden width change as plain text of the side shown, and none of it inline but the new form', () => {
    const before = '走进村子,只见果园连片。';
    const after = '走进村子，只见果园连片。';
    const options = { ignorePunctuationWidth: true };
    const [old] = segmentsOf(before, after, 'old', options);
    const [now] = segmentsOf(before, after, 'new', options);
    const [inline] = segmentsOf(before, after, 'inline', options);
    expect(old).toEqual([{ mark: 'text', text: before }]);
    expect(now).toEqual([{ mark: 'text', text: after }]);
    expect(inline).toEqual([{ mark: 'text', text: after }]);
  });

  it('shows a whole added, removed or moved paragraph unmarked (its row says what happened)', () => {
    const rows = segmentsOf('第一段。\n第二段。', '第一段。\n第二段。\n新加的第三段。', 'new');
    expect(rows[2]).toEqual([{ mark: 'text', text: '新加的第三段。' }]);
    const removed = segmentsOf('第一段。\n要删掉的一段。', '第一段。', 'inline');
    expect(removed[1]).toEqual([{ mark: 'text', text: '要删掉的一段。' }]);
  });
});
