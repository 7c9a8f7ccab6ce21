import type { WordTables } from './typoLexicon';

/** Words longer than this are not looked up: idioms are four characters, longer words rarely decide a character. */
export const MAX_WORD_LENGTH = 4;
/** Only words at least this frequent are offered as corrections: rare dictionary entries include misspellings. */
export const COMMON_WORD_FREQ = 50;
/** Costs are stored as one UTF-16 code unit each, in hundredths of a natural-log unit. */
const COST_SCALE = 100;
/** The completion cost of a word that is never offered as a correction: beyond any search's reach. */
const NEVER_OFFERED = '\uffff';

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The dictionary as look-up tables that need no building at load (see SortedWords): per word
 * length, the words sorted and concatenated, with their costs (−log relative frequency) as one
 * code unit each; per length and masked position, the common words' other characters sorted, with
 * the masked characters and costs aligned, so the characters completing 逆? and their costs form
 * one contiguous run, likeliest first. `total` is the count the frequencies are relative to: words
 * added to a counted dictionary keep its scale (and every other word's cost) by passing its own total.
 * Words in `notOffered` are words (they bind their characters) but never a correction: their counts
 * are the team's guess, no evidence that a slip was meant for them.
 */
export function buildWordTables(
  words: readonly [word: string, freq: number][],
  total = words.reduce((sum, [, freq]) => sum + freq, 0),
  notOffered: ReadonlySet<string> = new Set(),
): WordTables {
  const logTotal = Math.log(total);
  const costCode = (freq: number): string => String.fromCharCode(Math.round((logTotal - Math.log(freq)) * COST_SCALE));
  const tables: WordTables = { costScale: COST_SCALE, unknownCost: Math.round(logTotal * COST_SCALE), byLength: {}, completions: {} };
  for (let length = 1; length <= MAX_WORD_LENGTH; length++) {
    const own = new Map<string, number>();
    for (const [word, freq] of words) if (word.length === length) own.set(word, Math.max(freq, own.get(word) ?? 0));
    const sorted = [...own.keys()].sort(byCode);
    const costs = sorted.map((w) => costCode(own.get(w)!)).join('');
    let cheapest = Infinity;
    for (let i = 0; i < costs.length; i++) cheapest = Math.min(cheapest, costs.charCodeAt(i));
    // Absent when no word has this length: JSON has no Infinity.
    tables.byLength[length] = cheapest === Infinity ? { keys: sorted.join(''), costs } : { keys: sorted.join(''), costs, cheapest };
    if (length < 2) continue;
    const common = sorted.filter((w) => own.get(w)! >= COMMON_WORD_FREQ);
    tables.completions[length] = Array.from({ length }, (_, at) => {
      // A word not offered sorts last among its equals, at a cost no search reaches: it still marks where its characters stand.
      const masked = common.map((w) => ({ others: w.slice(0, at) + w.slice(at + 1), fill: w[at]!, freq: notOffered.has(w) ? 0 : own.get(w)! }));
      masked.sort((a, b) => byCode(a.others, b.others) || b.freq - a.freq || byCode(a.fill, b.fill));
      return {
        others: masked.map((m) => m.others).join(''),
        fills: masked.map((m) => m.fill).join(''),
        costs: masked.map((m) => (m.freq === 0 ? NEVER_OFFERED : costCode(m.freq))).join(''),
      };
    });
  }
  return tables;
}
