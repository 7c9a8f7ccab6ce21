import type { DocumentCheck, RawFinding } from '../check';
import { t } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import { findStyleTerms, type StyleTermMatch } from './findStyleTerms';
import { defaultStyleRules } from './styleRules';
import { quotedSpans } from '../../text/quotedSpans';
import type { StyleOrigin } from './styleFile';

/**
 * A newsroom's forbidden → preferred terms (its style files and the built-in list). A document
 * check so that a changed list is never answered from the engine's paragraph cache.
 */
export const styleCheck: DocumentCheck = {
  id: 'style',
  scope: 'document',
  runDocument(ctx): RawFinding[] {
    const rules = ctx.style ?? defaultStyleRules();
    if (rules.termsByFirst.size === 0) return [];
    return ctx.paragraphs.flatMap((p) => {
      const matches = findStyleTerms(p.text, rules);
      if (matches.length === 0) return [];
      const quotes = quotedSpans(p.text);
      return matches.map((m) => finding(m, p.start, ctx.lang, quotes.some((q) => q.start < m.start && m.end < q.end)));
    });
  },
};

/** A term inside quoted speech is the speaker's word: the editor is told (`info`), not asked to change it. */
function finding(match: StyleTermMatch, offset: number, lang: Lang, quoted: boolean): RawFinding {
  const { forbidden, preferred, note } = match.term;
  const noteText = note === undefined ? '' : t(lang, 'style.note', { note });
  const message = preferred === undefined ? t(lang, 'style.termNoSuggestion', { forbidden, note: noteText }) : t(lang, 'style.term', { forbidden, preferred, note: noteText });
  return {
    rule: 'style.term',
    severity: quoted ? 'info' : 'warning',
    message,
    spans: [{ start: offset + match.start, end: offset + match.end }],
    ...(preferred === undefined ? {} : { suggestion: { replacement: preferred } }),
    evidence: { of: 'details', source: originLabel(match.term.origin, lang), ...(note === undefined ? {} : { note }) },
  };
}

/** `file:line`, or the built-in list's name: where the user can change the entry. */
export function originLabel(origin: StyleOrigin, lang: Lang): string {
  return origin.file === null ? t(lang, 'style.builtinList') : `${origin.file}:${origin.line}`;
}
