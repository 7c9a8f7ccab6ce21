import { describe, expect, it } from 'vitest';
import type { SourceView } from '../../../src/shared/api';
import { recordsOf, textsOf, withAdded, withoutSource } from '../../../src/renderer/sources/attachedSourceList';

function view(name: string, state: SourceView['state'], text: string | null, pageStarts?: number[]): SourceView {
  const v: SourceView = { attached: { path: `/来源/${name}`, name, size: 8, sha256: '0'.repeat(64) }, state, text };
  if (pageStarts) v.pageStarts = pageStarts;
  return v;
}

describe('the sources shown in 来源核对', () => {
  it('a source added again replaces the one listed; others keep their place', () => {
    const shown = [view('通报.txt', 'changed', '旧文本'), view('讲话.docx', 'unchanged', '讲话')];
    const next = withAdded(shown, [view('通报.txt', 'unchanged', '新文本')]);
    expect(next.map((s) => [s.attached.name, s.state])).toEqual([
      ['讲话.docx', 'unchanged'],
      ['通报.txt', 'unchanged'],
    ]);
    expect(recordsOf(next).map((r) => r.path)).toEqual(['/来源/讲话.docx', '/来源/通报.txt']);
  });

  it('checks against every readable source with its pages, and leaves a missing one out', () => {
    const texts = textsOf([view('报告.pdf', 'unchanged', '第一页第二页', [0, 3]), view('丢失.txt', 'missing', null), view('改过.txt', 'changed', '改过')]);
    expect(texts).toEqual([
      { name: '报告.pdf', text: '第一页第二页', pageStarts: [0, 3] },
      { name: '改过.txt', text: '改过' },
    ]);
  });

  it('a source taken off leaves the others in their order, and the review file records only those', () => {
    const shown = [view('通报.txt', 'unchanged', '通报'), view('讲话.docx', 'changed', '讲话'), view('报告.pdf', 'unchanged', '报告')];
    const next = withoutSource(shown, '/来源/讲话.docx');
    expect(next.map((s) => s.attached.name)).toEqual(['通报.txt', '报告.pdf']);
    expect(recordsOf(next).map((r) => r.path)).toEqual(['/来源/通报.txt', '/来源/报告.pdf']);
    expect(withoutSource(next, '/来源/不在.txt')).toEqual(next);
  });
});
