import { describe, expect, it } from 'vitest';
import { foldFindings, foldFindingsByParagraph, MAX_FINDINGS_PER_RULE_PER_PARAGRAPH, type FoldedEvidence } from '../../../src/core/bounds/foldFindings';
import type { RawFinding } from '../../../src/core/checks/check';
import type { Severity } from '../../../src/core/finding';
import { splitParagraphs } from '../../../src/core/text/paragraphs';

const K = MAX_FINDINGS_PER_RULE_PER_PARAGRAPH;

function finding(rule: string, start: number, severity: Severity = 'warning'): RawFinding {
  return { rule, severity, message: `${rule} at ${start}`, spans: [{ start, end: start + 1 }] };
}

/** `count` findings of `rule`, every other position, listed last-first so order cannot be assumed. */
function many(rule: string, count: number, severity: Severity = 'warning'): RawFinding[] {
  return Array.from({ length: count }, (_, i) => finding(rule, (count - 1 - i) * 2, severity));
}

describe('folding one rule’s findings in one paragraph', () => {
  it('keeps the first findings by position and folds the rest into one that says how many and where', () => {
    const folded = foldFindings([...many('punctuation.half-width', K + 30), finding('punctuation.unpaired', 5)], 'en');
    const halfWidth = folded.filter((f) => f.rule === 'punctuation.half-width');
    expect(halfWidth).toHaveLength(K + 1);
    const listed = halfWidth.filter((f) => !f.evidence);
    expect(listed.map((f) => f.spans[0]!.start)).toEqual(Array.from({ length: K }, (_, i) => i * 2));
    const rest = halfWidth.find((f) => f.evidence)!;
    expect(rest.evidence).toEqual({ of: 'folded', folded: 30, listed: K } satisfies FoldedEvidence & { of: 'folded' });
    expect(rest.spans).toEqual([{ start: K * 2, end: K * 2 + 1 }, { start: (K + 29) * 2, end: (K + 29) * 2 + 1 }]);
    expect(rest.message).toContain('30 more');
    expect(rest.message).toContain(`punctuation.half-width at ${K * 2}`);
    expect(folded.filter((f) => f.rule === 'punctuation.unpaired')).toHaveLength(1);
  });

  it('leaves a rule alone when folding would save nothing', () => {
    const findings = many('date.weekday', K + 1);
    expect(foldFindings(findings, 'zh')).toEqual(findings);
  });

  it('gives the folded finding the gravest severity it stands for, so the exit status does not change', () => {
    const findings = [...many('arithmetic.share', K + 5, 'info'), finding('arithmetic.share', 1000, 'error')];
    const rest = foldFindings(findings, 'en').find((f) => f.evidence)!;
    expect(rest.severity).toBe('error');
  });

  it('groups a document check’s findings by the paragraph of their first span', () => {
    const text = `${'，'.repeat(100)}\n${'，'.repeat(100)}`;
    const paragraphs = splitParagraphs(text);
    const inFirst = Array.from({ length: K + 10 }, (_, i) => finding('number.percent-mixed', i));
    const inSecond = Array.from({ length: K }, (_, i) => finding('number.percent-mixed', 101 + i));
    const folded = foldFindingsByParagraph([...inSecond, ...inFirst], paragraphs, 'en');
    expect(folded.filter((f) => f.spans[0]!.start < 101)).toHaveLength(K + 1);
    expect(folded.filter((f) => f.spans[0]!.start >= 101)).toHaveLength(K);
  });
});
