import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ListedTypo, TypoLexicon } from './typoLexicon';
import type { ProtectedRanges } from './protectedRanges';
import { straddlesWord } from './straddlesWord';

/**
 * The team's list of common misspellings (再接再励 → 再接再厉). A listed form is reported unless
 * it is read as part of other words (书记要求 holds 记要 but means 书记 / 要求), one of its
 * entry's exceptions covers it, or it stands in a name or a quotation.
 */
export function listedTypos(paragraph: string, lexicon: TypoLexicon, guard: ProtectedRanges, lang: Lang): RawFinding[] {
  const findings: RawFinding[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const bucket = lexicon.listedByFirst.get(paragraph.charCodeAt(i));
    if (!bucket) continue;
    for (const entry of bucket) {
      const end = i + entry.wrong.length;
      if (!paragraph.startsWith(entry.wrong, i) || excepted(paragraph, entry, i, end)) continue;
      if (straddlesWord(paragraph, i, end, lexicon) || guard.touches(i, end)) continue;
      findings.push({
        rule: 'typo.listed',
        severity: 'warning',
        message: t(lang, 'typo.listed', { found: entry.wrong, correct: entry.right, note: entry.note }),
        spans: [{ start: i, end }],
        suggestion: { replacement: entry.right },
        evidence: { of: 'details', correct: entry.right, note: entry.note },
      });
      break;
    }
  }
  return findings;
}

function excepted(paragraph: string, entry: ListedTypo, start: number, end: number): boolean {
  return entry.exceptions.some((context) => {
    for (let k = paragraph.indexOf(context, Math.max(0, start - context.length + 1)); k !== -1 && k < end; k = paragraph.indexOf(context, k + 1)) {
      if (k + context.length > start) return true;
    }
    return false;
  });
}
