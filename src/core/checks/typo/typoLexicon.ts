import { SortedWords } from './sortedWords';
import { UNKEYED } from './shortWordCosts';
import { buildFastTables, type TypoFastTables } from './typoFastTables';
import { MAX_WORD_LENGTH } from './wordTables';
import { GroupsByCharacter } from './groupsByCharacter';
import type { CompiledWindowSearch, SearchFacts } from './compiledWindowSearch';

/**
 * The typo check's data, compiled at build time into resources/generated/typo.json
 * (scripts/buildTypoData.ts) and turned into look-up tables here, once per host.
 */

/** A listed misspelling: written form, correct form, why, and contexts in which the written form is right. */
export type ListedEntry = [wrong: string, right: string, note: string, exceptions: string[]];

/** The version of the JSON shape below: 3 since word tables carry their cheapest cost (2: completion tables carry their fills and costs). */
export const TYPO_DATA_FORMAT = 3;

/** The JSON shape of resources/generated/typo.json. */
export interface TypoData {
  format: typeof TYPO_DATA_FORMAT;
  source: string;
  words: WordTables;
  /** Characters sharing a toneless reading, one string a group. */
  sound: string[];
  /** Characters that look alike, one string a group. */
  shape: string[];
  listed: ListedEntry[];
  /** Names the fast tables the same build stored beside this data (resources/generated/typo-tables.bin; typoFastTables.ts). */
  tablesId?: string;
}

/** The dictionary as built by scripts/buildTypoData.ts: see SortedWords. */
export interface WordTables {
  /** Costs are code units in 1/costScale natural-log units. */
  costScale: number;
  unknownCost: number;
  /**
   * By word length: keys sorted and concatenated, one cost code unit per key, and the lowest of those
   * costs, absent when there are none (stored, as finding it reads every cost: 340,000 code units at
   * every start).
   */
  byLength: Record<string, { keys: string; costs: string; cheapest?: number }>;
  /** By word length, per masked position: the common words with that character masked. */
  completions: Record<string, CompletionTable[]>;
}

/** Common words of one length with one position masked, aligned: sorted on `others`, likeliest first among equals. */
export interface CompletionTable {
  /** The other characters of each word, concatenated (length − 1 each). */
  others: string;
  /** The masked character of each word. */
  fills: string;
  /** The cost of each word, one code unit each (see WordTables.costScale). */
  costs: string;
}

/** The characters completing a window, likeliest first, with their words' costs in code units. */
export interface Completions {
  fills: string;
  costs: string;
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
  /** −log of the relative frequency of the dictionary word text[start, start + length), if it is one. */
  cost(text: string, start: number, length: number): number | undefined;
  /**
   * Whether every character of text[start, start + length) but the one at `skip`, and every pair of
   * neighbours among them, stands where some common word of that length has it: only then may the
   * window be, or become, a common word.
   */
  mayFit(text: string, start: number, length: number, skip?: number): boolean;
  /** The lowest cost of any word of this length: no replacement can make a window cheaper. */
  cheapest(length: number): number;
  /** The cost of a character the dictionary does not know as a word. */
  unknownCost: number;
  /** Longest dictionary word considered when segmenting. */
  maxWordLength: number;
  /** Listed misspellings by the code of their first character. */
  listedByFirst: Map<number, ListedTypo[]>;
  /**
   * Every character confused with the character of code `code`, by code, and how: they share a
   * reading, look alike, or both (empty when none).
   */
  confusables(code: number): ReadonlyMap<number, ConfusionKind>;
  /**
   * The characters that make text[start, start + length) a common word when put in place of the
   * one at offset `at`, likeliest first (逆竟 with at 1: 境…), with the costs of those words, up to
   * those costing `dearestCode` code units (see costScale): a search reads no dearer word.
   */
  completions(text: string, start: number, length: number, at: number, dearestCode: number): Completions;
  /** Costs in Completions.costs are code units: this many to one natural-log unit. */
  costScale: number;
  /**
   * The window search compiled (compiledWindowSearch.ts) for a paragraph of `draft`, where the host
   * has it and the draft is long enough to pay for loading it, or drafts checked before it were;
   * undefined while the TypeScript search serves. Drafts are told apart by identity: every
   * paragraph of one check passes the same string.
   */
  compiledSearch?(draft: string): CompiledWindowSearch | undefined;
}

export function isTypoData(value: unknown): value is TypoData {
  const data = value as Partial<TypoData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    data.format === TYPO_DATA_FORMAT &&
    typeof data.source === 'string' &&
    typeof data.words === 'object' &&
    data.words !== null &&
    Array.isArray(data.sound) &&
    Array.isArray(data.shape) &&
    Array.isArray(data.listed)
  );
}

const NONE: Completions = { fills: '', costs: '' };
const SEARCHES_BEFORE_FAST_TABLES = 20_000;

/** Searches after which the fast tables the build stored are read: a one-line draft never reads them (2.4 MB). */
const SEARCHES_BEFORE_STORED_TABLES = 1_000;
/**
 * A draft at least this long has the compiled search from its first paragraph (loading it costs
 * ≈ 6–10 ms; the TypeScript search's first paragraphs on a cold engine cost more: a 1 MB draft's
 * typo family 57 → 50 ms).
 */
const COMPILED_FROM_CHARS = 10_000;
/**
 * A shorter draft has it when the process has checked drafts of this many characters before it (a
 * CLI run over many files), and is otherwise searched in TypeScript: an article of 1,500
 * characters checked alone 149 → 138 ms without loading it, while a run over 60 such articles
 * loses 40 ms if the loading waits until 10,000 characters have been searched (docs/architecture.md).
 */
const COMPILED_AFTER_CHARS = 1_000;

/**
 * `searchesBeforeFastTables`: see below; tests pass 0 to have the fast tables at once. `stored`: the
 * fast tables as the build stored them (unpackFastTables), asked for once a draft has made
 * SEARCHES_BEFORE_STORED_TABLES searches; when it has none, the tables are made as without it.
 * `compiled`: the host's compiled window search over this data, asked for as a long draft begins
 * (COMPILED_FROM_CHARS) or a shorter one after others (COMPILED_AFTER_CHARS), and only once.
 */
export function buildTypoLexicon(
  data: TypoData,
  searchesBeforeFastTables = SEARCHES_BEFORE_FAST_TABLES,
  stored?: () => TypoFastTables | undefined,
  compiled?: (facts: SearchFacts) => CompiledWindowSearch | undefined,
): TypoLexicon {
  const { costScale, unknownCost, byLength, completions } = data.words;
  const tables = new Map<number, { words: SortedWords; costs: string }>();
  for (const [length, table] of Object.entries(byLength)) tables.set(Number(length), { words: new SortedWords(table.keys, Number(length)), costs: table.costs });
  const completionTables = new Map<number, { others: SortedWords; table: CompletionTable }[]>();
  for (const [key, perPosition] of Object.entries(completions)) {
    const length = Number(key);
    completionTables.set(
      length,
      perPosition.map((table) => ({ others: new SortedWords(table.others, length - 1), table })),
    );
  }
  // The fast tables answer what the sorted tables answer, only faster. Unless the build stored them,
  // they take 30–40 ms to make, so a short draft is checked without them and a long one makes them
  // once it has asked `searchesBeforeFastTables` questions.
  let searches = 0;
  let fast: TypoFastTables | undefined;
  // Asked once: dropped after its answer, whatever it was.
  let unread = stored;
  const fastTables = () => {
    if (fast) return fast;
    searches++;
    if (unread && searches > SEARCHES_BEFORE_STORED_TABLES) {
      fast = unread();
      unread = undefined;
    }
    if (!fast && searches > searchesBeforeFastTables) fast = buildFastTables(data.words);
    return fast;
  };
  const cheapest = new Map<number, number>(Object.entries(byLength).map(([length, table]) => [Number(length), table.cheapest ?? Infinity]));
  const sound = new GroupsByCharacter(data.sound);
  const shape = new GroupsByCharacter(data.shape);
  const confusions = new Map<number, Map<number, ConfusionKind>>();
  const listedByFirst = new Map<number, ListedTypo[]>();
  for (const [wrong, right, note, exceptions] of data.listed) {
    const first = wrong.charCodeAt(0);
    const bucket = listedByFirst.get(first) ?? [];
    bucket.push({ wrong, right, note, exceptions });
    listedByFirst.set(first, bucket);
  }
  const confusables = (code: number): ReadonlyMap<number, ConfusionKind> => {
    let row = confusions.get(code);
    if (!row) {
      row = confusionsOf(code, sound, data.sound, shape, data.shape);
      confusions.set(code, row);
    }
    return row;
  };
  const facts: SearchFacts = { costScale, unknownCost: unknownCost / costScale, cheapest: (length) => (cheapest.get(length) ?? Infinity) / costScale };
  let compiledSearch: CompiledWindowSearch | undefined;
  let compiledUnread = compiled;
  // The draft being checked, and the characters of those checked before it: the choice is made as a draft begins.
  let draftNow: string | undefined;
  let checkedBefore = 0;
  return {
    source: data.source,
    ...(compiled && {
      compiledSearch(draft: string) {
        if (draft === draftNow) return compiledSearch;
        checkedBefore += draftNow?.length ?? 0;
        draftNow = draft;
        if (compiledUnread && (draft.length >= COMPILED_FROM_CHARS || checkedBefore >= COMPILED_AFTER_CHARS)) {
          compiledSearch = compiledUnread(facts);
          compiledUnread = undefined;
        }
        return compiledSearch;
      },
    }),
    cost(text, start, length) {
      const hashed = fastTables()?.short[length - 1]?.find(text, start) ?? UNKEYED;
      if (hashed !== UNKEYED) return hashed < 0 ? undefined : hashed / costScale;
      const table = tables.get(length);
      const at = table ? table.words.find(text, start) : -1;
      return at < 0 ? undefined : table!.costs.charCodeAt(at) / costScale;
    },
    mayFit: (text, start, length, skip) => {
      const positions = fastTables()?.positions;
      return positions ? (positions.get(length)?.fits(text, start, skip) ?? false) : completionTables.has(length);
    },
    cheapest: facts.cheapest,
    unknownCost: facts.unknownCost,
    maxWordLength: MAX_WORD_LENGTH,
    listedByFirst,
    confusables,
    completions(text, start, length, at, dearestCode) {
      const found = completionTables.get(length)?.[at];
      if (!found) return NONE;
      const first = found.others.firstEqual(text, start, at);
      if (first < 0) return NONE;
      const { fills, costs } = found.table;
      // Equal keys come cheapest first: the run is cut where the costs pass `dearestCode`.
      let last = first;
      while (costs.charCodeAt(last) <= dearestCode && (last === first || found.others.equalsAt(last, text, start, at))) last++;
      return last === first ? NONE : { fills: fills.slice(first, last), costs: costs.slice(first, last) };
    },
    costScale,
  };
}

/** Every character confused with the one of code `code`, and how; built the first time it is asked about. */
function confusionsOf(code: number, sound: GroupsByCharacter, soundGroups: string[], shape: GroupsByCharacter, shapeGroups: string[]): Map<number, ConfusionKind> {
  const row = new Map<number, ConfusionKind>();
  for (const g of sound.of(code)) {
    const group = soundGroups[g]!;
    for (let i = 0; i < group.length; i++) row.set(group.charCodeAt(i), 'sound');
  }
  for (const g of shape.of(code)) {
    const group = shapeGroups[g]!;
    for (let i = 0; i < group.length; i++) row.set(group.charCodeAt(i), row.get(group.charCodeAt(i)) === 'sound' ? 'soundShape' : 'shape');
  }
  row.delete(code);
  return row;
}
