import { CodeSet } from '../text/codeSet';
import { maskedName } from './maskedName';
import { mentionForm, type Mention } from './mention';
import { mayBeName } from './nameCharacters';
import { surnameLength } from './surnames';

/** Where a paragraph stands in the draft, to place a mention found in it. */
export interface PlacedParagraph {
  start: number;
  text: string;
  sentenceAt(local: number): number;
}


/**
 * Occurrences, anywhere in the draft, of a person the draft names with a title or attribution, or
 * of a name one character away from one that `isAlike` holds a slip of it, by ear or by eye
 * (村民吴美兰说 … 见到吴美岚时; 王士明 … 王土明): the draft's own
 * names are the dictionary such a slip is found with. Linear in the draft: one pass over each
 * paragraph, and at each position starting with a known name's first character a few lengths × a
 * few wildcard keys are looked up. (A search per first character read each paragraph once per
 * surname the draft names, some 150 times on 1 MB of news.)
 */
export function alikePeople(paragraphs: readonly PlacedParagraph[], people: readonly Mention[], isAlike: (a: string, b: string) => boolean): Mention[] {
  const known = new Set(people.map((m) => m.text));
  const byWildcard = new Map<string, string>();
  const lengths = new Set<number>();
  for (const name of known) {
    lengths.add(name.length);
    for (let j = surnameLength(name); j < name.length; j++) byWildcard.set(maskedName(name, j), name);
  }
  const lengthsByFirst = lengthsByFirstCode(known, lengths);
  const firsts = new CodeSet(lengthsByFirst.keys());
  const taken = new Set(people.map((m) => m.start));
  const found: Mention[] = [];
  for (const p of paragraphs) {
    for (let i = 0; i < p.text.length; i++) {
      const first = p.text.charCodeAt(i);
      if (!firsts.has(first) || taken.has(p.start + i)) continue;
      for (const length of lengthsByFirst.get(first)!) {
        // Checked in place: most positions are rejected before a string is made for them.
        if (!mayBeName(p.text, i, i + length, true)) continue;
        const candidate = p.text.slice(i, i + length);
        // A known name again counts too, so the majority form is the one the draft really uses most.
        if (!known.has(candidate)) {
          const j = differingAt(candidate, byWildcard);
          if (j < 0 || !isAlike(candidate[j]!, byWildcard.get(maskedName(candidate, j))![j]!)) continue;
        }
        const start = p.start + i;
        found.push({ kind: 'person', start, end: start + length, text: candidate, form: mentionForm(start, start + length, candidate), category: 'person', sentence: p.sentenceAt(i) });
        break;
      }
    }
  }
  return found;
}

/**
 * The lengths of the known names starting with each character, in the order of `lengths` (the first
 * that fits a position is taken). A slip keeps its first character (the masked one is never the
 * first), so no other length can match there: 1 MB of news names people of two to ten
 * characters, and most surnames start names of two or three only.
 */
function lengthsByFirstCode(known: ReadonlySet<string>, lengths: ReadonlySet<number>): Map<number, number[]> {
  const found = new Map<number, Set<number>>();
  for (const name of known) {
    const first = name.charCodeAt(0);
    const set = found.get(first) ?? new Set<number>();
    found.set(first, set.add(name.length));
  }
  const ordered = new Map<number, number[]>();
  for (const [first, set] of found) ordered.set(first, [...lengths].filter((length) => set.has(length)));
  return ordered;
}

/** The position at which `candidate` differs from a known name by one character, or -1. */
function differingAt(candidate: string, byWildcard: Map<string, string>): number {
  for (let j = surnameLength(candidate) || 1; j < candidate.length; j++) if (byWildcard.has(maskedName(candidate, j))) return j;
  return -1;
}
