import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { arbitraryUnicode, newsLikeText } from '../../properties/draftTextArbitraries';

const PLACES = ['青川县', '白石镇', '东坪乡', '临江市'];
const text = fc.oneof(newsLikeText(PLACES), arbitraryUnicode);

describe('the source check on any draft and any sources', () => {
  it('never throws, keeps every span inside the draft, and cites offsets inside the source it names', () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 3 }), (draft, sourceTexts) => {
        const sources = sourceTexts.map((t, i) => ({ name: `s${i}.txt`, text: t }));
        const normalised = draft.replace(/\r\n?/g, '\n');
        for (const f of runChecks(normalised, { lang: 'zh', families: ['source'], sources })) {
          for (const s of f.spans) expect(normalised.slice(s.start, s.end)).toBe(s.text);
          const evidence = f.evidence as { sourceFile?: string; sourceStart?: number; sourceEnd?: number; sourceText?: string } | undefined;
          if (!evidence?.sourceFile) continue;
          const source = sources.find((s) => s.name === evidence.sourceFile)!;
          expect(source.text.slice(evidence.sourceStart, evidence.sourceEnd)).toBe(evidence.sourceText);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing when the draft is its own only source', () => {
    fc.assert(
      fc.property(newsLikeText(PLACES), (draft) => {
        const findings = runChecks(draft, { lang: 'zh', families: ['source'], sources: [{ name: 'same.txt', text: draft }] });
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
