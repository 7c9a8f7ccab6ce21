import { genericEndingLength } from '../../entities/extractOrganisations';
import { isKindOfBody } from '../../entities/kindOfBody';
import { maskedName } from '../../entities/maskedName';
import { mentionForm, type Mention } from '../../entities/mention';
import { soundAlike } from '../../entities/soundAlike';
import type { TypoLexicon } from '../typo/typoLexicon';
import type { FormOccurrences } from './variantGroups';
import { contrasts, wordsBothWays } from './variantPairs';

/**
 * A draft naming more bodies than this is a list or a directory, not prose: its names are not read
 * against each other (the work grows with the names times their lengths), as a key shared by too many
 * forms is not (variantGroups.ts).
 */
const MAX_NAMES = 2_000;

/** A body's name as the draft writes it, with where its own part and its generic ending start. */
interface KnownName {
  text: string;
  ownStart: number;
  genericStart: number;
  category: string;
}

/**
 * Bodies whose whole name the draft writes once with one character of its own part slipped
 * (国家统计局 … 国家统技局, 日本银行 … 日体银行, 南方电子集团公司 … 南芳电子集团公司), each grouped
 * with the name it is a slip of. The forms compared by variantGroups cannot catch these: a
 * department's form is left to the standard list, and a slip can leave no form at all (a day's 日
 * starts no own name, so 日体银行 has none). Here the draft's own names are the dictionary, as for people
 * and places (alikePeople.ts, alikePlaces.ts): a name read up to the same generic ending, one
 * character off in its own part and that character read or looking alike, is the same body misspelt.
 * Not a slip: a change of the own part's first character or of its region (英国|美国石油, two
 * counties), a contrast (第一/第二), a change that reads as words both ways (保险/保鲜公司), and two
 * names each written twice or more (two bodies). Slips already in `grouped` are left to that group.
 */
export function organisationSlipGroups(
  mentions: readonly Mention[],
  isAlike: (a: string, b: string) => boolean,
  lexicon: TypoLexicon | undefined,
  grouped: readonly FormOccurrences[][],
): FormOccurrences[][] {
  // A draft writes the same few bodies again and again: each name is read once, with the mentions that write it.
  const byText = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const list = byText.get(m.text);
    if (list) list.push(m);
    else byText.set(m.text, [m]);
  }
  if (byText.size > MAX_NAMES) return [];
  const genericOf = new Map([...byText.keys()].map((written) => [written, written.slice(written.length - genericEndingLength(written))]));
  // The names read with a form of their own: each such pair is found from both sides.
  const withForm = new Set<string>();
  const byMask = new Map<string, KnownName[]>();
  const lengthsByGeneric = new Map<string, Set<number>>();
  for (const [written, list] of byText) {
    const m = list[0]!;
    const generic = genericOf.get(written)!;
    const genericStart = written.length - generic.length;
    const ownStart = m.form.start - m.start;
    if (m.form.text.length === 0 || genericStart === written.length || ownStart < 0 || genericStart - ownStart < 2) continue;
    const name: KnownName = { text: written, ownStart, genericStart, category: m.category };
    withForm.add(written);
    lengthsByGeneric.set(generic, (lengthsByGeneric.get(generic) ?? new Set<number>()).add(written.length));
    for (let k = ownStart + 1; k < genericStart; k++) {
      const key = maskedName(written, k);
      const list = byMask.get(key);
      if (list) list.push(name);
      else byMask.set(key, [name]);
    }
  }
  if (byMask.size === 0) return [];
  // The mentions ending each stretch that is a body's name read whole, or from any character of its own
  // part, as long as a known name with its ending: the scan back may have taken words before the name
  // (此前|日体银行), but a stretch starting inside a region (北京|市大学生) is no name.
  const windows = new Map<string, Mention[]>();
  for (const [written, list] of byText) {
    for (const length of lengthsByGeneric.get(genericOf.get(written)!) ?? []) {
      if (length > written.length) continue;
      const ending = length === written.length ? list : list.filter((m) => m.end - length >= m.form.start);
      if (ending.length === 0) continue;
      const window = written.slice(written.length - length);
      const already = windows.get(window);
      if (already) for (const m of ending) already.push(m);
      else windows.set(window, [...ending]);
    }
  }
  for (const ending of windows.values()) ending.sort((a, b) => a.end - b.end);
  const formOf = (written: string, category: string): FormOccurrences => {
    const occurrences = windows.get(written)!.map((m): Mention => {
      const start = m.end - written.length;
      return { kind: 'org', start, end: m.end, text: written, form: mentionForm(start, m.end, written), category, sentence: m.sentence };
    });
    return { kind: 'org', category, key: occurrences[0]!.form.key, text: written, count: occurrences.length, titles: new Set(), verified: false, known: false, occurrences };
  };
  const slipsByName = new Map<KnownName, FormOccurrences[]>();
  // The characters already in a group, flagged: a slip is judged only where none of its occurrences touches one.
  const covered = new Uint8Array(mentions.reduce((end, m) => Math.max(end, m.end), 0));
  for (const group of grouped) for (const form of group) for (const o of form.occurrences) covered.fill(1, o.form.start, o.form.end);
  const touches = (start: number, end: number) => covered.subarray(start, end).includes(1);
  // Longest first: a body read with and without its last ending (…集团公司, …集团) is one slip, told by its whole name.
  for (const [window, ending] of [...windows].sort((a, b) => b[0].length - a[0].length)) {
    const name = slipOf(window, byMask, isAlike, lexicon);
    if (!name) continue;
    if (ending.some((m) => touches(m.end - window.length, m.end))) continue;
    const writtenAs = windows.get(name.text)!;
    // Of two names each read with a form, the rarer is taken for the slip, the later when both are written as often.
    if (withForm.has(window) && (ending.length > writtenAs.length || (ending.length === writtenAs.length && ending[0]!.end - window.length < writtenAs[0]!.end - name.text.length))) continue;
    // Two names each written again and again are two bodies.
    if (ending.length >= 2 && writtenAs.length >= 2) continue;
    for (const m of ending) covered.fill(1, m.end - window.length, m.end);
    slipsByName.set(name, [...(slipsByName.get(name) ?? []), formOf(window, name.category)]);
  }
  return [...slipsByName].map(([name, slips]) => [formOf(name.text, name.category), ...slips]);
}

/** The known name `window` writes with one character of its own part slipped, if any. */
function slipOf(window: string, byMask: ReadonlyMap<string, readonly KnownName[]>, isAlike: (a: string, b: string) => boolean, lexicon: TypoLexicon | undefined): KnownName | undefined {
  for (let k = 1; k < window.length - 1; k++) {
    for (const name of byMask.get(maskedName(window, k)) ?? []) {
      const [from, to] = [name.text[k]!, window[k]!];
      if (from === to || !isAlike(from, to) || contrasts(from, to, soundAlike(from, to))) continue;
      const own = (written: string) => written.slice(name.ownStart, name.genericStart);
      // 区属|公立医院 beside 公利医院: a kind of body, not the hospital's name misspelt.
      if (isKindOfBody(own(window))) continue;
      if (lexicon && wordsBothWays(own(name.text), own(window), k - name.ownStart, lexicon)) continue;
      return name;
    }
  }
  return undefined;
}
