import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE_PER_PARAGRAPH } from '../../../../src/core/bounds/foldFindings';
import { runChecks } from '../../../../src/core/checkEngine';

/** Issue 20's machine-made paragraphs: each once crashed or flooded the punctuation family. */
describe('punctuation on very long runs of marks in one paragraph', () => {
  it('300,000 opening quotes then 1,000 closing ones: no stack overflow, one folded finding for the rest', () => {
    const text = `${'“'.repeat(300_000)}${'”'.repeat(1_000)}`;
    const findings = runChecks(text, { lang: 'zh', families: ['punctuation'] });
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1);
    expect(findings.every((f) => f.rule === 'punctuation.unpaired')).toBe(true);
    // 299,000 openers stay open; the first is the multi-paragraph convention, the rest are reported.
    const folded = findings.find((f) => f.evidence?.of === 'folded');
    expect(folded?.evidence).toEqual({ of: 'folded', folded: 299_000 - 1 - MAX_FINDINGS_PER_RULE_PER_PARAGRAPH, listed: MAX_FINDINGS_PER_RULE_PER_PARAGRAPH });
  });

  it('half-width parentheses nested 50,000 deep around a digit are judged without rescanning each pair', () => {
    const text = `${'('.repeat(50_000)}1${')'.repeat(50_000)}`;
    expect(runChecks(text, { lang: 'zh', families: ['punctuation'] })).toEqual([]);
    const chinese = `${'('.repeat(50_000)}一${')'.repeat(50_000)}`;
    const findings = runChecks(chinese, { lang: 'zh', families: ['punctuation'] });
    expect(findings.map((f) => f.rule)).toEqual(Array(MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1).fill('punctuation.half-width'));
  });

  it('an @ and a long run of letters do not make the address scanner backtrack at every letter', () => {
    const text = `联系x@ ${'a'.repeat(200_000)}，好,吗`;
    expect(runChecks(text, { lang: 'zh', families: ['punctuation'] }).map((f) => f.spans[0]!.text)).toEqual([',']);
  });
});
