import type { RawFinding } from '../check';
import { touchesChinese } from '../../text/chineseContext';
import { CLOSER_OF, OPENER_OF, type PairKind } from './markPairs';
import type { PunctuationRule } from './punctuationRule';
import type { Mark } from './scanMarks';
import { cachedMessage } from './cachedMessage';
import type { MessageKey } from '../../i18n/messages';

const UNPAIRED_RULE = 'punctuation.unpaired';

/** Quotes may run over several paragraphs: each quoted paragraph opens one and only the last closes it. */
const QUOTE_KINDS: ReadonlySet<PairKind> = new Set(['double', 'single', 'corner', 'whiteCorner']);

/**
 * Half-width parentheses unpaired are list markers ("1)"); only full-width ones are judged.
 * ‘ ’ are judged only against Chinese text: English uses ’ as an apostrophe (China’s) and
 * its own ‘quotes,’ with the comma inside.
 */
function isJudged(text: string, kind: PairKind, mark: Mark): boolean {
  if (kind === 'paren') return mark.text === '（' || mark.text === '）';
  return kind !== 'single' || touchesChinese(text, mark.index);
}

/**
 * Unpaired quotes and brackets within the paragraph (a paragraph check sees no further).
 * A closer without an opener is always reported. An unclosed bracket is reported. For quotes,
 * one unclosed opener is the multi-paragraph convention and stays silent; a second unclosed
 * opener cannot be, since a nested quote takes the other kind (‘’ inside “”), so that one is
 * reported as probably meant to be the closing mark.
 */
export const unpairedMarks: PunctuationRule = ({ text, pairing }, lang) => {
  if (pairing.unopened.length === 0 && pairing.unclosed.length === 0) return [];
  const findings: RawFinding[] = [];
  // Of the marks judged, each kind has one opener and one closer, so the kind decides the message:
  // looked up once per kind, not once per mark (a pasted run can hold 100,000 of one mark).
  const messages = new Map<MessageKey, Map<PairKind, string>>();
  const report = (mark: Mark, key: MessageKey, kind: PairKind): void => {
    let byKind = messages.get(key);
    if (!byKind) messages.set(key, (byKind = new Map()));
    let message = byKind.get(kind);
    if (message === undefined) {
      const params = key === 'punctuation.unopened' ? { open: OPENER_OF[kind], close: mark.text } : { open: mark.text, close: CLOSER_OF[kind] };
      message = cachedMessage(lang, key, params);
      byKind.set(kind, message);
    }
    findings.push({ rule: UNPAIRED_RULE, severity: 'warning', message, spans: [{ start: mark.index, end: mark.index + mark.text.length }] });
  };
  for (const { kind, mark } of pairing.unopened) {
    if (isJudged(text, kind, mark)) report(mark, 'punctuation.unopened', kind);
  }
  const firstOpenQuote = new Set<PairKind>();
  for (const { kind, mark } of pairing.unclosed) {
    if (!isJudged(text, kind, mark)) continue;
    if (!QUOTE_KINDS.has(kind)) report(mark, 'punctuation.unclosed', kind);
    else if (firstOpenQuote.has(kind)) report(mark, 'punctuation.quoteReopened', kind);
    else firstOpenQuote.add(kind);
  }
  return findings;
};
