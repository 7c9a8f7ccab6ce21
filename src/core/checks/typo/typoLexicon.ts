/**
 * The typo check's data, compiled at build time into resources/generated/typo.json
 * (scripts/build-typo-data.mjs) and turned into look-up tables here, once per host.
 */

/** A listed misspelling: written form, correct form, why, and contexts in which the written form is right. */
export type ListedEntry = [wrong: string, right: string, note: string, exceptions: string[]];

/** The JSON shape of resources/generated/typo.json. */
export interface TypoData {
  format: 1;
  source: string;
  /** `word freq` lines. */
  words: string;
  /** Characters sharing a toneless reading, one string a group. */
  sound: string[];
  /** Characters that look alike, one string a group. */
  shape: string[];
  listed: ListedEntry[];
}

export type ConfusionKind = 'sound' | 'shape' | 'soundShape';

export interface ListedTypo {
  wrong: string;
  right: string;
  note: string;
  exceptions: string[];
}

export interface TypoLexicon {
  source: string;
  /** −log of each dictionary word's relative frequency. */
  cost(word: string): number | undefined;
  /** The cost of a character the dictionary does not know as a word. */
  unknownCost: number;
  /** Longest dictionary word considered when segmenting. */
  maxWordLength: number;
  /** Listed misspellings by their first character. */
  listedByFirst: Map<string, ListedTypo[]>;
  /** Whether and how two characters are confused: they share a reading, look alike, or both. */
  confusion(a: string, b: string): ConfusionKind | undefined;
  /** For a common word with one character masked as `?` (逆?), the characters that complete it. */
  completions(masked: string): string | undefined;
}

export const MASK = '?';
/** Segmenting considers words up to this length: idioms are four characters, longer words rarely decide a character. */
const MAX_WORD_LENGTH = 4;
/** Only words at least this frequent are offered as corrections: rare dictionary entries include misspellings. */
export const COMMON_WORD_FREQ = 50;

export function isTypoData(value: unknown): value is TypoData {
  const data = value as Partial<TypoData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    data.format === 1 &&
    typeof data.source === 'string' &&
    typeof data.words === 'string' &&
    Array.isArray(data.sound) &&
    Array.isArray(data.shape) &&
    Array.isArray(data.listed)
  );
}

export function buildTypoLexicon(data: TypoData): TypoLexicon {
  const costs = new Map<string, number>();
  const completions = new Map<string, string>();
  const lines = data.words.split('\n');
  let total = 0;
  for (const line of lines) total += Number(line.slice(line.indexOf(' ') + 1)) || 0;
  const logTotal = Math.log(total);
  for (const line of lines) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    const freq = Number(line.slice(space + 1));
    costs.set(word, logTotal - Math.log(freq));
    if (word.length < 2 || word.length > MAX_WORD_LENGTH || freq < COMMON_WORD_FREQ) continue;
    for (let i = 0; i < word.length; i++) {
      const key = word.slice(0, i) + MASK + word.slice(i + 1);
      completions.set(key, (completions.get(key) ?? '') + word[i]);
    }
  }
  const sound = groupsOf(data.sound);
  const shape = groupsOf(data.shape);
  const listedByFirst = new Map<string, ListedTypo[]>();
  for (const [wrong, right, note, exceptions] of data.listed) {
    const first = wrong[0]!;
    const bucket = listedByFirst.get(first) ?? [];
    bucket.push({ wrong, right, note, exceptions });
    listedByFirst.set(first, bucket);
  }
  return {
    source: data.source,
    cost: (word) => costs.get(word),
    unknownCost: logTotal,
    maxWordLength: MAX_WORD_LENGTH,
    listedByFirst,
    confusion(a, b) {
      const bySound = sharesGroup(sound, a, b);
      const byShape = sharesGroup(shape, a, b);
      if (bySound && byShape) return 'soundShape';
      return bySound ? 'sound' : byShape ? 'shape' : undefined;
    },
    completions: (masked) => completions.get(masked),
  };
}

/** Each character's group numbers: groups are large (one per syllable), so pairs are not stored. */
function groupsOf(groups: string[]): Map<string, number[]> {
  const of = new Map<string, number[]>();
  groups.forEach((group, n) => {
    for (const ch of group) {
      const list = of.get(ch) ?? [];
      list.push(n);
      of.set(ch, list);
    }
  });
  return of;
}

function sharesGroup(of: Map<string, number[]>, a: string, b: string): boolean {
  const ga = of.get(a);
  const gb = of.get(b);
  return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
}
