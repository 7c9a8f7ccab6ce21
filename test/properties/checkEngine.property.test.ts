import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckEngine, runChecks, type CheckOptions } from '../../src/core/checkEngine';
import { isFactFamily } from '../../src/core/checks/families';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { FAMILIES, familyOf, type Finding } from '../../src/core/finding';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import type { Lang } from '../../src/core/i18n/lang';
import { arbitraryUnicode, newsLikeText } from './draftTextArbitraries';
import { realGazetteer, sampleDivisionNames, sampleRenamedTowns } from './realGazetteer';
import type { TypoLexicon } from '../../src/core/checks/typo/typoLexicon';
import { loadTypoLexicon } from '../../src/node/loadTypoLexicon';
import { buildTypoData } from '../../scripts/buildTypoData';

/** Sized so the whole file runs in well under 20 s on the 2-core build machines. */
const RUNS = { unicode: 1500, newsLike: 800, incremental: 200 };

let gazetteer: Gazetteer;
let placeNames: string[];
let typoLexicon: TypoLexicon | undefined;
beforeAll(async () => {
  gazetteer = await realGazetteer();
  buildTypoData();
  typoLexicon = await loadTypoLexicon();
  placeNames = [...sampleDivisionNames(gazetteer, 97), ...sampleRenamedTowns(gazetteer, 397)];
}, 60_000);

const lang = fc.constantFrom<Lang>('zh', 'en');
const fallbackDate = fc.record({ year: fc.integer({ min: 1990, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

function options(l: Lang, date: CalendarDate, sources: CheckOptions['sources'] = []): CheckOptions {
  return { lang: l, gazetteer, typoLexicon, fallbackDate: date, families: FAMILIES, sources };
}

/** The public contract of every finding, whatever the input: the first breach found, if any. */
function contractBreach(findings: Finding[], text: string): string | undefined {
  for (const f of findings) {
    if (!FAMILIES.includes(familyOf(f.rule))) return `unknown family: ${f.rule}`;
    if (!['error', 'warning', 'info'].includes(f.severity)) return `bad severity: ${f.severity}`;
    if (f.severity === 'error' && !isFactFamily(familyOf(f.rule))) return `mechanical style reported as an error: ${f.rule}`;
    if (f.message.length === 0) return `empty message: ${f.rule}`;
    if (f.spans.length === 0) return `no spans: ${f.rule}`;
    for (const s of f.spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start >= s.end || s.end > text.length) {
        return `${f.rule}: span ${s.start}–${s.end} outside 0–${text.length}`;
      }
      if (s.text !== text.slice(s.start, s.end)) return `${f.rule}: span text ${JSON.stringify(s.text)} is not the slice`;
    }
  }
  if (new Set(findings.map((f) => f.id)).size !== findings.length) return 'duplicate finding ids';
  return undefined;
}

function expectWellFormed(findings: Finding[], text: string): void {
  expect(contractBreach(findings, text)).toBeUndefined();
}

function timed<Ts extends unknown[]>(name: string, runs: number, property: fc.IProperty<Ts>): void {
  const started = performance.now();
  fc.assert(property, { numRuns: runs });
  console.info(`property ${name}: ${runs} runs in ${Math.round(performance.now() - started)} ms`);
}

describe('the check engine, all families, real gazetteer', () => {
  it('never throws on arbitrary Unicode and keeps every span inside the text', () => {
    timed('unicode', RUNS.unicode, fc.property(arbitraryUnicode, lang, fallbackDate, (text, l, date) => {
      expectWellFormed(runChecks(text, options(l, date)), text);
    }));
  }, 60_000);

  it('never throws on news-like text full of numbers, dates, shares, quotes and real place names', () => {
    const familiesSeen = new Set<string>();
    // Another news-like text stands for the draft's source, so the source check has facts to compare.
    timed('newsLike', RUNS.newsLike, fc.property(newsLikeText(placeNames), newsLikeText(placeNames), lang, fallbackDate, (text, source, l, date) => {
      const findings = runChecks(text, options(l, date, [{ name: 'source.txt', text: source }]));
      expectWellFormed(findings, text);
      for (const f of findings) familiesSeen.add(familyOf(f.rule));
    }));
    // The generator must actually reach the checks, or the property proves little.
    expect([...familiesSeen].sort()).toEqual([...FAMILIES].sort());
  }, 60_000);

  it('gives after an edit the same findings as a fresh run (the paragraph cache changes nothing)', () => {
    const edit = fc.tuple(newsLikeText(placeNames), fc.nat(), fc.nat(), newsLikeText(placeNames));
    timed('incremental', RUNS.incremental, fc.property(edit, lang, fallbackDate, ([before, at, length, inserted], l, date) => {
      const from = at % (before.length + 1);
      const after = before.slice(0, from) + inserted + before.slice(from + (length % 20));
      const engine = new CheckEngine();
      engine.check(before, options(l, date));
      expect(engine.check(after, options(l, date))).toEqual(runChecks(after, options(l, date)));
    }));
  }, 60_000);
});
