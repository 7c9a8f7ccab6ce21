import { urlRanges } from '../../text/urlRanges';

/** One punctuation mark, or a run of marks that reads as one (.., ?!, ……), found in a paragraph. */
export interface Mark {
  text: string;
  index: number;
}

/**
 * Every mark a punctuation rule looks at, in one regex pass. Runs of dots, ellipsis
 * characters, ?/! and hyphens are kept whole so that "..." and "?!" are judged as units.
 */
const MARK_RE = /\.+|…+|。{3,}|[?!]+|-{2,}|[,;:()"'“”‘’（）《》【】〔〕「」『』]/g;

/** The paragraph's marks in order, leaving out those inside URLs and e-mail addresses. */
export function scanMarks(paragraph: string): Mark[] {
  const marks: Mark[] = [];
  const skip = urlRanges(paragraph);
  let r = 0;
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(paragraph); m !== null; m = MARK_RE.exec(paragraph)) {
    while (r < skip.length && skip[r]![1] <= m.index) r++;
    const range = skip[r];
    if (range && range[0] <= m.index) continue;
    marks.push({ text: m[0], index: m.index });
  }
  return marks;
}
