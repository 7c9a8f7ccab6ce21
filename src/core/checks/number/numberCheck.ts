import { t } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/messages';
import type { Quantity } from '../../numbers/quantity';
import { paragraphQuantities } from '../../numbers/paragraphQuantities';
import { ROUGH_TAIL } from '../../numbers/readQuantities';
import { isMeasureKind } from '../../numbers/units';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';
import { ParagraphMemo } from '../../text/paragraphMemo';
import { isBodyParagraph } from './bodyText';
import { quotedSpans } from '../../text/quotedSpans';

/** The mentions written one way (3,927万; 百分之十); `inBody` marks those in running body text. */
interface Style {
  mentions: { start: number; end: number; inBody: boolean }[];
}

/** Whether a paragraph is body text, and where its quotes are (its quantities: paragraphQuantities). */
interface ParagraphText {
  body: boolean;
  quotes: { start: number; end: number }[];
}

const perParagraph = new ParagraphMemo<ParagraphText>();

/**
 * GB/T 15835 asks one draft to write one kind of number one way. Flags the rarer style where a
 * draft mixes 3,927万 with 3927万, or 百分之十 with 10%. A document check: styles are compared
 * across the whole draft; each paragraph's numbers are read again only when it changed. A style point is `info` unless both styles stand in running body text:
 * headlines and quoted speech keep their own. O(n) in the draft.
 */
export const numberCheck: DocumentCheck = {
  id: 'number',
  scope: 'document',
  runDocument(ctx) {
    const separated: Style = { mentions: [] };
    const plain: Style = { mentions: [] };
    const chinesePercent: Style = { mentions: [] };
    const arabicPercent: Style = { mentions: [] };
    perParagraph.begin();
    for (const p of ctx.paragraphs) {
      if (p.text.length === 0) continue;
      const { body, quotes } = perParagraph.get(p.text, (text) => ({ body: isBodyParagraph(text), quotes: quotedSpans(text) }));
      let quote = 0;
      for (const q of paragraphQuantities(p.text)) {
        while (quote < quotes.length && quotes[quote]!.end <= q.start) quote++;
        const inBody = body && !(quote < quotes.length && quotes[quote]!.start <= q.start);
        const span = { start: p.start + q.numStart, end: p.start + q.numEnd, inBody };
        // 百分之百 / 百分之一百 is an idiom ("wholehearted"), not a statistic to restyle; 百分之十几 and
        // 百分之一点多 name no figure that digits could write (GB/T 15835 keeps such rough numbers in words).
        if (q.kind === 'percent' && !q.isRange) {
          if (q.chinesePercent && q.value !== 100 && !ROUGH_TAIL.test(p.text.slice(q.numEnd, q.end))) chinesePercent.mentions.push({ start: p.start + q.start, end: p.start + q.end, inBody });
          else if (q.form === 'arabic' && q.unitText === '%') arabicPercent.mentions.push({ ...span, end: span.end + 1 });
        }
        if (isLargeArabicCount(q)) (q.hasSeparator ? separated : plain).mentions.push(span);
      }
    }
    return [
      ...flagMixed(...byCount(separated, plain), 'number.separatorMixed', 'info', ctx),
      ...flagMixed(chinesePercent, arabicPercent, 'number.percentMixed', 'warning', ctx),
    ];
  },
};

/** A figure of four or more integer digits with a unit: the numbers thousands separators are about. */
function isLargeArabicCount(q: Quantity): boolean {
  return q.form === 'arabic' && q.integerDigits >= 4 && isMeasureKind(q.kind);
}

/** The rarer style first: that is the one to bring in line. */
function byCount(a: Style, b: Style): [Style, Style] {
  return a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
}

/** Flags each mention of `odd` when the draft also writes the same kind of number as in `usual`. */
function flagMixed(odd: Style, usual: Style, key: MessageKey, severity: 'info' | 'warning', ctx: CheckContext): RawFinding[] {
  const example = usual.mentions[0];
  if (odd.mentions.length === 0 || !example) return [];
  const rule = key === 'number.separatorMixed' ? 'number.separator-mixed' : 'number.percent-mixed';
  const usualInBody = usual.mentions.some((m) => m.inBody);
  return odd.mentions.map((span) => ({
    rule,
    severity: span.inBody && usualInBody ? severity : 'info',
    message: t(ctx.lang, key, { found: ctx.text.slice(span.start, span.end), style: ctx.text.slice(example.start, example.end), count: usual.mentions.length }),
    spans: [span],
    evidence: { of: 'details', found: ctx.text.slice(span.start, span.end), otherStyle: ctx.text.slice(example.start, example.end), otherCount: usual.mentions.length },
  }));
}
