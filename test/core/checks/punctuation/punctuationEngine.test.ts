import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import { parseMarked } from './markedCase';

describe('punctuation family through the engine', () => {
  it('reports draft offsets, span text equal to the slice, and full-width suggestions', () => {
    const { text, spans } = parseMarked('标题没有标点\n\n  初春时节⟦,⟧记者走进村里⟦.⟧\n他说⟦"⟧好⟦"⟧');
    const findings = runChecks(text, { lang: 'zh', families: ['punctuation'] });
    expect(findings.map((f) => f.spans[0])).toEqual(spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) })));
    expect(findings.map((f) => f.suggestion?.replacement)).toEqual(['，', '。', '“', '”']);
    expect(findings.map((f) => f.rule)).toEqual([
      'punctuation.half-width',
      'punctuation.half-width',
      'punctuation.straight-quote',
      'punctuation.straight-quote',
    ]);
    for (const f of findings) expect(f.id.startsWith(`${f.rule}:`)).toBe(true);
  });

  it('runs only the families asked for', () => {
    const findings = runChecks('我们的的工作,很好', { lang: 'zh', families: ['punctuation'] });
    expect(findings.every((f) => f.rule.startsWith('punctuation.'))).toBe(true);
    expect(findings).toHaveLength(1);
  });
});
