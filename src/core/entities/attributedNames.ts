import { allMatches } from '../text/allMatches';

/** A name of two or three Han characters said to speak: where it starts, and the statement verb after it, if one of those. */
export interface AttributedName {
  index: number;
  name: string;
  /** 指出, 强调…, which as often follow a document or a body; undefined after an attribution verb (说, 表示). */
  statementVerb: string | undefined;
}

/** Attribution verbs (说, 表示) or, in the group, statement verbs (指出, 强调). None starts inside another, so one pass finds every start. */
const VERB_RE = /说|表示|介绍|告诉记者|(指出|强调|认为|总结|坦言|回忆|透露)/g;
/** What stands before such a name: punctuation, a space or 的 (or nothing: the paragraph's start). */
const BEFORE_NAME = /[，。、：；“”‘’！？,:;!?\s的]/;
const LONGEST = 3;
const SHORTEST = 2;

/**
 * The names before an attribution or statement verb that stand after punctuation, a space or 的,
 * in text order: what the pattern
 * `(?<=^|[，。、：；“”‘’！？,:;!?\s的])([\u4e00-\u9fff]{2,3})(?:(?=说|表示|介绍|告诉记者)|(?=(指出|…)))`
 * finds, scanning from the left. That pattern tried its look-behind, a class of scattered characters
 * V8 tests with a call out of the compiled pattern, at every position of a draft (5–8 ms a megabyte);
 * here only the two or three positions before each verb are tried, in the same order, the longer
 * name first, and a match's name is passed over as the scan would.
 */
export function attributedNames(text: string): AttributedName[] {
  const verbs = allMatches(VERB_RE, text);
  const found: AttributedName[] = [];
  // Starts come in text order from the verbs': each verb's is tried first after the last one tried.
  let tried = -1;
  let scannedTo = 0;
  for (let j = 0; j < verbs.length; j++) {
    const at = verbs[j]!.index;
    for (let start = Math.max(at - LONGEST, tried + 1); start <= at - SHORTEST; start++) {
      tried = start;
      if (start < scannedTo || (start > 0 && !BEFORE_NAME.test(text[start - 1]!))) continue;
      // A verb three on is this one, or the next one when this start is two before this one; a verb two
      // on is this one only (an earlier one there would have tried this start already).
      const three = start + LONGEST === at ? verbs[j] : verbs[j + 1]?.index === start + LONGEST ? verbs[j + 1] : undefined;
      const two = start + SHORTEST === at ? verbs[j] : undefined;
      const length = three && allHan(text, start, start + LONGEST) ? LONGEST : two && allHan(text, start, start + SHORTEST) ? SHORTEST : 0;
      if (length === 0) continue;
      found.push({ index: start, name: text.slice(start, start + length), statementVerb: (length === LONGEST ? three : two)![1] });
      scannedTo = start + length;
    }
  }
  return found;
}

/** Whether text[start, end) is all in U+4E00–U+9FFF, the pattern's class. */
function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}
