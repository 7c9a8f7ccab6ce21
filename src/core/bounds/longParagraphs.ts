import { familyLabel } from '../checks/families';
import type { CheckContext, RawFinding } from '../checks/check';
import type { Family } from '../finding';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { Paragraph } from '../text/paragraphs';

/** How much of a skipped paragraph its info finding marks: enough to see, never the megabyte. */
const MARKED_CHARS = 20;

/** The one `info` finding that says a check skipped a paragraph, at the paragraph's start (offsets from `at`). */
export function skippedParagraph(family: Family, chars: number, max: number, at: number, lang: Lang): RawFinding {
  return {
    rule: `${family}.paragraph-skipped`,
    severity: 'info',
    message: t(lang, 'engine.skippedLongParagraph', { chars, max, family: t(lang, familyLabel(family)) }),
    spans: [{ start: at, end: at + Math.min(chars, MARKED_CHARS) }],
    evidence: { of: 'skipped', skipped: true, chars, maxParagraphChars: max },
  };
}

/**
 * The context a document check sees when it declared a paragraph limit: paragraphs over the
 * limit are blanked with spaces of the same length, in the text and in the paragraph list, so
 * every offset and paragraph index the check uses still fits the real draft. O(length of the draft).
 */
export function withoutLongParagraphs(ctx: CheckContext, max: number): { ctx: CheckContext; skipped: Paragraph[] } {
  const skipped = ctx.paragraphs.filter((p) => p.text.length > max);
  if (skipped.length === 0) return { ctx, skipped };
  const pieces: string[] = [];
  const blanked = new Map<Paragraph, string>();
  let at = 0;
  for (const p of skipped) {
    const blank = ' '.repeat(p.text.length);
    blanked.set(p, blank);
    pieces.push(ctx.text.slice(at, p.start), blank);
    at = p.end;
  }
  pieces.push(ctx.text.slice(at));
  const paragraphs = ctx.paragraphs.map((p) => {
    const blank = blanked.get(p);
    return blank === undefined ? p : { ...p, text: blank };
  });
  return { ctx: { ...ctx, text: pieces.join(''), paragraphs }, skipped };
}
