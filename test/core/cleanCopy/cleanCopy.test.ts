import { describe, expect, it } from 'vitest';
import { acceptedFixes } from '../../../src/core/cleanCopy/acceptedFixes';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';
import { applyEdits, mergeEdits, type CleanEdit } from '../../../src/core/cleanCopy/cleanEdit';
import { renderChangeLog } from '../../../src/core/cleanCopy/renderChangeLog';
import type { Finding } from '../../../src/core/finding';

const OFF = { stripChrome: false, applySuggestions: false, punctuation: false, whitespace: false };

function finding(id: string, start: number, end: number, text: string, replacement?: string): Finding {
  const f: Finding = { id, rule: 'consistency.place', severity: 'warning', message: '', spans: [{ start, end, text }] };
  if (replacement !== undefined) f.suggestion = { replacement };
  return f;
}

describe('cleanCopy', () => {
  it('changes nothing with every transform off', () => {
    const text = '当前位置：首页 > 新闻\n  甲,乙。  \n\n\n';
    const result = cleanCopy(text, OFF);
    expect(result.text).toBe(text);
    expect(result.edits).toEqual([]);
  });

  it('applies the accepted suggestions and only those', () => {
    const text = '杨集镇的车间，杨崖集镇的农户。';
    const findings = [finding('a', 0, 3, '杨集镇', '杨崖集镇'), finding('b', 7, 11, '杨崖集镇', '某某镇'), finding('c', 12, 14, '农户')];
    const fixes = acceptedFixes(findings, new Set(['a', 'c']));
    expect(fixes).toEqual([{ start: 0, end: 3, replacement: '杨崖集镇' }]);
    const result = cleanCopy(text, { ...OFF, applySuggestions: true }, fixes);
    expect(result.text).toBe('杨崖集镇的车间，杨崖集镇的农户。');
    expect(result.log.counts.applySuggestions).toBe(1);
  });

  it('ignores accepted fixes when applySuggestions is off', () => {
    expect(cleanCopy('甲乙', OFF, [{ start: 0, end: 1, replacement: '丙' }]).text).toBe('甲乙');
  });

  it('lets an accepted fix win over a punctuation edit on the same text', () => {
    const result = cleanCopy('好,走', { ...OFF, applySuggestions: true, punctuation: true }, [{ start: 1, end: 2, replacement: '、' }]);
    expect(result.text).toBe('好、走');
    expect(result.edits.map((e) => e.transform)).toEqual(['applySuggestions']);
  });

  it('returns sorted, non-overlapping edits over the original text', () => {
    const text = '您当前的位置：首页 > 新闻 > 本地\n\n  今天,天气好.\n\n\n  他说"走吧"...\n版权所有 © 某报社';
    const result = cleanCopy(text);
    for (let i = 1; i < result.edits.length; i++) expect(result.edits[i]!.start).toBeGreaterThanOrEqual(result.edits[i - 1]!.end);
    expect(applyEdits(text, result.edits)).toBe(result.text);
    expect(result.text).toBe('今天，天气好。\n\n他说“走吧”……');
  });

  it('writes a readable change log with before/after snippets', () => {
    const result = cleanCopy('第一行。\n今天,天气好。');
    const log = renderChangeLog(result.log, 'zh');
    expect(result.log.entries[0]).toMatchObject({ transform: 'punctuation', kind: 'mark', line: 2, before: '一行。\n今天,天气好。', after: '一行。\n今天，天气好。' });
    expect(log).toContain('第 2 行');
    expect(log).toContain('标点规范（GB/T 15834） 1 处');
    expect(renderChangeLog(result.log, 'en')).toContain('punctuation (GB/T 15834): 1');
  });
});

describe('mergeEdits', () => {
  const edit = (start: number, end: number, transform: CleanEdit['transform'] = 'whitespace'): CleanEdit => ({ start, end, replacement: '', transform, kind: 'indent' });

  it('drops incoming edits that overlap kept ones, including insertions inside them', () => {
    const kept = [edit(2, 5, 'stripChrome')];
    const merged = mergeEdits(kept, [edit(0, 2), edit(3, 3), edit(4, 6), edit(5, 5), edit(6, 7)]);
    expect(merged.map((e) => [e.start, e.end])).toEqual([
      [0, 2],
      [2, 5],
      [5, 5],
      [6, 7],
    ]);
  });
});
