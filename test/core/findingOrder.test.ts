import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/checkEngine';
import { byPosition } from '../../src/core/findingOrder';
import { FIXTURE_LEXICON } from './checks/typo/fixtureLexicon';
import { testGazetteer } from '../fixtures/entities/testGazetteer';
import { DRAFT_WITH_SLIPS } from '../fixtures/drafts/draftWithSlips';

describe('byPosition', () => {
  it('breaks ties on rule names as the locale’s collation would, for the rules the checks report', async () => {
    const findings = runChecks(DRAFT_WITH_SLIPS, { lang: 'zh', gazetteer: await testGazetteer(), typoLexicon: FIXTURE_LEXICON, fallbackDate: { year: 2024, month: 3, day: 1 } });
    const rules = [...new Set(findings.map((f) => f.rule))];
    expect(rules.length).toBeGreaterThan(5);
    // The premise of comparing by code unit: a family, a dot, lower-case words joined by hyphens.
    for (const rule of rules) expect(rule).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
    const at = (rule: string) => ({ rule, spans: [{ start: 3, end: 5 }] });
    for (const a of rules) for (const b of rules) expect(Math.sign(byPosition(at(a), at(b))), `${a} / ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });

  it('orders by start, then end, then rule', () => {
    const f = (rule: string, start: number, end: number) => ({ rule, spans: [{ start, end }] });
    const sorted = [f('typo.confusable', 4, 6), f('date.impossible', 2, 9), f('arithmetic.sum', 4, 6), f('arithmetic.share', 2, 5)].sort(byPosition);
    expect(sorted.map((x) => `${x.spans[0]!.start}-${x.spans[0]!.end} ${x.rule}`)).toEqual(['2-5 arithmetic.share', '2-9 date.impossible', '4-6 arithmetic.sum', '4-6 typo.confusable']);
  });
});
