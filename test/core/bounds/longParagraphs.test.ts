import { describe, expect, it } from 'vitest';
import { CheckEngine } from '../../../src/core/checkEngine';
import type { DocumentCheck, ParagraphCheck, RawFinding } from '../../../src/core/checks/check';

const MAX = 10;
const SHORT = '短段落。';
const LONG = '这一段比检查声明能处理的长度更长。';

/** A paragraph check that records what it was given and flags the first character of each paragraph. */
function recordingParagraphCheck(seen: string[]): ParagraphCheck {
  return {
    id: 'repetition',
    scope: 'paragraph',
    maxParagraphChars: MAX,
    runParagraph(paragraph): RawFinding[] {
      seen.push(paragraph);
      return [{ rule: 'repetition.char', severity: 'warning', message: 'x', spans: [{ start: 0, end: 1 }] }];
    },
  };
}

function recordingDocumentCheck(seen: { text: string; paragraphs: string[] }[]): DocumentCheck {
  return {
    id: 'number',
    scope: 'document',
    maxParagraphChars: MAX,
    runDocument(ctx): RawFinding[] {
      seen.push({ text: ctx.text, paragraphs: ctx.paragraphs.map((p) => p.text) });
      return [];
    },
  };
}

describe('checks that declare maxParagraphChars', () => {
  it('a paragraph check never sees a longer paragraph; the engine says it skipped it in one info finding', () => {
    const seen: string[] = [];
    const text = `${SHORT}\n${LONG}`;
    const findings = new CheckEngine([recordingParagraphCheck(seen)]).check(text, { lang: 'en' });
    expect(seen).toEqual([SHORT]);
    const skipped = findings.filter((f) => f.rule === 'repetition.paragraph-skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ severity: 'info', evidence: { skipped: true, chars: LONG.length, maxParagraphChars: MAX } });
    expect(skipped[0]!.spans[0]!.start).toBe(SHORT.length + 1);
    expect(skipped[0]!.message).toContain(String(LONG.length));
  });

  it('a document check sees long paragraphs blanked to spaces, so its offsets still fit the draft', () => {
    const seen: { text: string; paragraphs: string[] }[] = [];
    const text = `${LONG}\n${SHORT}`;
    const findings = new CheckEngine([recordingDocumentCheck(seen)]).check(text, { lang: 'zh' });
    expect(seen).toEqual([{ text: `${' '.repeat(LONG.length)}\n${SHORT}`, paragraphs: [' '.repeat(LONG.length), SHORT] }]);
    expect(findings.map((f) => [f.rule, f.severity, f.spans[0]!.start])).toEqual([['number.paragraph-skipped', 'info', 0]]);
  });

  it('paragraphs within the limit are checked as before', () => {
    const seen: string[] = [];
    const findings = new CheckEngine([recordingParagraphCheck(seen)]).check(`${SHORT}\n${SHORT}`, { lang: 'zh' });
    expect(findings.map((f) => f.rule)).toEqual(['repetition.char', 'repetition.char']);
  });
});
