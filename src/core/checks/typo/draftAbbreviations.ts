import type { RawFinding } from '../check';
import { allMatches } from '../../text/allMatches';
import { isUnifiedHanCode } from '../../text/cjk';

/** The words for kinds of bodies a full name ends in. */
const BODY_ENDING = /委员会|联合会|协会|学会|研究会|基金会|研究院|研究所|管理局|办公室|领导小组/g;
/** How many Han characters a full name has before its ending, at least and at most. */
const SHORTEST_FULL_NAME = 4;
const LONGEST_FULL_NAME = 40;

/**
 * Drops the confusion layer's findings on short names of bodies the draft names in full: a window
 * whose characters all stand, in order, in one full name the draft writes, its last one in the
 * name's ending (认委 from …认可委员会: 委, not a slip for 为). A slip of the pen seldom spells
 * such a subsequence; a short name coined for the story is no word of the dictionary and would
 * otherwise read as one.
 */
export function withoutDraftAbbreviations(findings: RawFinding[], text: string): RawFinding[] {
  let fullNames: { name: string; endingAt: number }[] | undefined;
  return findings.filter((f) => {
    if (f.rule !== 'typo.confusable') return true;
    const span = f.spans[0]!;
    const form = text.slice(span.start, span.end);
    fullNames ??= fullNamesIn(text);
    return !fullNames.some(({ name, endingAt }) => abbreviates(form, name, endingAt));
  });
}

/**
 * Each body's full name the draft writes, with where its ending starts in it: the run of Han characters
 * before the word for what kind of body it is, and that word (中国环境管理体系认证机构认可委员会). Its
 * short name takes characters from it in order (环认委), often one for each part and the head of the ending.
 */
function fullNamesIn(text: string): { name: string; endingAt: number }[] {
  const names: { name: string; endingAt: number }[] = [];
  for (const m of allMatches(BODY_ENDING, text)) {
    let start = m.index;
    while (start > 0 && m.index - start < LONGEST_FULL_NAME && isUnifiedHanCode(text.charCodeAt(start - 1))) start--;
    if (m.index - start >= SHORTEST_FULL_NAME) names.push({ name: text.slice(start, m.index + m[0].length), endingAt: m.index - start });
  }
  return names;
}

/** Whether `form`'s characters stand in `name` in order, not all side by side, its last one in the name's ending. */
function abbreviates(form: string, name: string, endingAt: number): boolean {
  if (form.length < 2 || form.length >= name.length || name.includes(form)) return false;
  let at = -1;
  for (let k = 0; k < form.length - 1; k++) {
    at = name.indexOf(form[k]!, at + 1);
    if (at < 0) return false;
  }
  return name.indexOf(form[form.length - 1]!, Math.max(at + 1, endingAt)) >= 0;
}
