import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { acceptedFixes, suggestionEdits } from '../../../src/core/cleanCopy/acceptedFixes';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';
import { applyEdits } from '../../../src/core/cleanCopy/cleanEdit';
import type { Finding } from '../../../src/core/finding';

const TOKENS = [
  '茶', '园', '村', '股', '上涨', '召开', '今天', 'A', 'B', 'test', 'OK', '1', '2', '0', '%',
  ',', '.', ';', ':', '?', '!', '(', ')', '"', "'", '...', '--', '-', ' ', '\u3000', '\n', '\n\n',
  '，', '。', '“', '”', '「', '」', '（', '）', '…', 'http://a.cn/x,y',
];
const draft = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

const PUNCTUATION_ONLY = { stripChrome: false, whitespace: false, punctuation: true, applySuggestions: true };

/** What `check` offers: every punctuation finding, each with its suggestion when it has one. */
function punctuationFindings(text: string): Finding[] {
  return runChecks(text, { lang: 'en', families: ['punctuation'] });
}

/** Applying every suggestion of `check`, as a reviewer accepting each card would. */
function applyEverySuggestion(text: string, findings: readonly Finding[]): string {
  const fixes = acceptedFixes(findings, new Set(findings.map((f) => f.id)));
  return applyEdits(text, suggestionEdits(fixes, text.length));
}

/** `export --accept punctuation` with the other transforms off. */
function exportAcceptingPunctuation(text: string, findings: readonly Finding[]): string {
  return cleanCopy(text, PUNCTUATION_ONLY, acceptedFixes(findings, new Set(findings.map((f) => f.id)))).text;
}

/** A folded finding stands for many and carries no suggestion: clean copy still fixes each, so such texts are out of scope. */
const isFolded = (f: Finding): boolean => f.evidence?.of === 'folded';

describe('one punctuation engine (issue 18)', () => {
  it.each([
    ['A股,B股上涨', 'A股，B股上涨'],
    ['这是测试,test', '这是测试，test'],
    ['会议召开.今天', '会议召开.今天'],
  ])('%s reads the same from check and from export --accept punctuation', (text, expected) => {
    const findings = punctuationFindings(text);
    expect(applyEverySuggestion(text, findings)).toBe(expected);
    expect(exportAcceptingPunctuation(text, findings)).toBe(expected);
  });

  it('export --accept punctuation equals applying every punctuation suggestion of check, for any text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = punctuationFindings(text);
        fc.pre(!findings.some(isFolded));
        const expected = applyEverySuggestion(text, findings);
        expect(exportAcceptingPunctuation(text, findings)).toBe(expected);
        expect(cleanCopy(text, { ...PUNCTUATION_ONLY, applySuggestions: false }).text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
