import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE_PER_PARAGRAPH } from '../../src/core/bounds/foldFindings';
import { runChecks } from '../../src/core/checkEngine';
import type { CheckContext, ParagraphCheck } from '../../src/core/checks/check';
import { punctuationCheck } from '../../src/core/checks/punctuation/punctuationCheck';
import { repetitionCheck } from '../../src/core/checks/repetition/repetitionCheck';
import { FAMILIES, type Finding } from '../../src/core/finding';
import { splitParagraphs, type Paragraph } from '../../src/core/text/paragraphs';

/** Small enough that arithmetic's pair search (another issue's work) keeps the file quick. */
const RUNS = 60;
const MAX_PIECES = 150;

/** The repeated pieces of issue 20's shapes: each can yield a finding per repeat. */
const repeatedPiece = fc.oneof(
  fc.constantFrom('“', '”', '（', '）', '《', '》', '的的', '，,', '天气,', '甲。。', '...', '"'),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 32 }), fc.constantFrom(...'一二三四五六日')).map(
    ([y, m, d, w]) => `${y}年${m}月${d}日（星期${w}），`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 99 })).map(([n, p]) => `其中A项${n}万元，占比${p}.5%，`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.boolean()).map(([p, chinese]) => (chinese ? `百分之${p}，` : `${p}%，`)),
);

const paragraph = fc.array(repeatedPiece, { maxLength: MAX_PIECES, size: 'max' }).map((pieces) => pieces.join(''));
const draft = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((paragraphs) => paragraphs.join('\n'));

/** The paragraph a finding belongs to: the one holding its first span's start, as the engine groups them. */
function paragraphOf(paragraphs: Paragraph[], f: Finding): number {
  const start = f.spans[0]!.start;
  let index = 0;
  while (index + 1 < paragraphs.length && paragraphs[index + 1]!.start <= start) index++;
  return index;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function foldedCount(f: Finding): number {
  return f.evidence?.of === 'folded' ? f.evidence.folded : 0;
}

describe('the engine bounds every rule in every paragraph', () => {
  it(`lists at most ${MAX_FINDINGS_PER_RULE_PER_PARAGRAPH} findings of one rule in one paragraph, plus one that folds the rest`, () => {
    fc.assert(
      fc.property(draft, (text) => {
        const paragraphs = splitParagraphs(text);
        const findings = runChecks(text, { lang: 'zh', families: FAMILIES, fallbackDate: { year: 2019, month: 2, day: 1 } });
        const perRule = countBy(findings, (f) => `${paragraphOf(paragraphs, f)}\u0000${f.rule}`);
        for (const count of perRule.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1);
        const rulesPerParagraph = countBy([...perRule.keys()], (key) => key.split('\u0000')[0]!);
        for (const [index, rules] of rulesPerParagraph) {
          const inParagraph = findings.filter((f) => paragraphOf(paragraphs, f) === Number(index));
          expect(inParagraph.length).toBeLessThanOrEqual(rules * (MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1));
        }
        for (const f of findings.filter((x) => foldedCount(x) > 0)) expect(foldedCount(f)).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: RUNS },
    );
  });

  it('folds without losing count: listed plus folded equals what the check found', () => {
    const checks: ParagraphCheck[] = [punctuationCheck, repetitionCheck];
    fc.assert(
      fc.property(paragraph.filter((p) => p.length > 0), fc.constantFrom(...checks), (text, check) => {
        const ctx: CheckContext = { text, paragraphs: splitParagraphs(text), lang: 'en' };
        const found = countBy(check.runParagraph(text, ctx), (f) => f.rule);
        const reported = runChecks(text, { lang: 'en', families: [check.id] });
        const accounted = new Map<string, number>();
        for (const f of reported) accounted.set(f.rule, (accounted.get(f.rule) ?? 0) + (foldedCount(f) || 1));
        expect(accounted).toEqual(found);
      }),
      { numRuns: RUNS },
    );
  });
});
