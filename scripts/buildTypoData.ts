/**
 * `node --import tsx scripts/buildTypoData.ts [--force]` (part of `npm run build`)
 *
 * Builds resources/generated/typo.json, the data the typo check reads: the team's list of common
 * misspellings, a word-frequency dictionary (jieba, compacted, with the team's recent news words) as
 * search tables, look-alike groups
 * (pycorrector) and sound-alike groups derived here from pinyin-pro's readings; and beside it
 * typo-tables.bin, the check's fast tables made from those words (core/checks/typo/typoFastTables.ts),
 * and resources/generated-node/window-search.bin, the tables the compiled window search reads
 * (core/checks/typo/windowSearchTables.ts; the app's page does not read them, so they are not copied beside it),
 * both tied to the JSON by a fresh id. Sources and licences: resources/typo/README.md. Skips the work
 * when all three outputs are newer than the inputs.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { TYPO_DATA_FORMAT, type ListedEntry, type TypoData } from '../src/core/checks/typo/typoLexicon';
import { packWindowSearchTables, windowSearchTables } from '../src/core/checks/typo/windowSearchTables';
import { buildWordTables, COMMON_WORD_FREQ, MAX_WORD_LENGTH } from '../src/core/checks/typo/wordTables';
import { buildFastTables, packFastTables } from '../src/core/checks/typo/typoFastTables';
import { lookAlikeGroups } from './buildLookAlikes';

const ROOT = resolve(__dirname, '..');
/**
 * How often each of the team's recent news words counts (recent-words.txt): as often as a common word
 * of the base dictionary (芯片 1,031), well above what binds a word's characters (confusableTypos.ts,
 * BOUND_COST ≈ 135 in jieba's counts). Those jieba does not count as common are never offered as a
 * correction (buildWordTables, notOffered).
 */
const RECENT_WORD_FREQ = 1000;

/** Sound-alike groups cover the characters most used in the dictionary's words; rarer ones would only add noise. */
const SOUND_CHARACTERS = 5000;

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function listedEntries(path: string): ListedEntry[] {
  return dataLines(path).map((line) => {
    const [wrong, right, note, exceptions] = line.split('\t');
    if (!wrong || !right || !note) throw new Error(`${path}: expected "wrong<TAB>right<TAB>note", got: ${line}`);
    return [wrong, right, note, exceptions ? exceptions.split('|') : []];
  });
}

/** Characters ranked by the summed frequency of the dictionary words they occur in. */
function charactersByUse(words: readonly [string, number][]): string[] {
  const use = new Map<string, number>();
  for (const [word, freq] of words) for (const ch of word) use.set(ch, (use.get(ch) ?? 0) + freq);
  return [...use.keys()].sort((a, b) => use.get(b)! - use.get(a)!);
}

/** One group per toneless syllable: the common characters that can be read that way. */
function soundGroups(characters: readonly string[]): string[] {
  const bySyllable = new Map<string, string[]>();
  for (const ch of characters) {
    for (const syllable of pinyin(ch, { toneType: 'none', multiple: true, type: 'array' })) {
      if (!/^[a-zü]+$/.test(syllable)) continue;
      bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), ch]);
    }
  }
  return [...bySyllable.values()].filter((g) => g.length > 1).map((g) => g.join(''));
}

/** Returns the output path; `force` rebuilds even when it looks current. */
export function buildTypoData({ root = ROOT, force = false } = {}): string {
  const dir = join(root, 'resources', 'typo');
  const out = join(root, 'resources', 'generated', 'typo.json');
  const tablesOut = join(root, 'resources', 'generated', 'typo-tables.bin');
  const searchOut = join(root, 'resources', 'generated-node', 'window-search.bin');
  const pinyinManifest = join(root, 'node_modules', 'pinyin-pro', 'package.json');
  const inputs = [...['common-typos.tsv', 'jieba-words.txt', 'recent-words.txt', 'same-stroke.txt'].map((f) => join(dir, f)), pinyinManifest, __filename, ...['wordTables.ts', 'typoFastTables.ts', 'shortWordCosts.ts', 'wordPositions.ts', 'windowSearchTables.ts'].map((f) => join(root, 'src', 'core', 'checks', 'typo', f)), join(root, 'src', 'core', 'packedArrays.ts')];
  if (!force && inputs.every((p) => mtimeOf(p) < Math.min(mtimeOf(out), mtimeOf(tablesOut), mtimeOf(searchOut)))) return out;

  const jieba = dataLines(join(dir, 'jieba-words.txt'))
    .map((line): [string, number] => [line.slice(0, line.indexOf(' ')), Number(line.slice(line.indexOf(' ') + 1))])
    .filter(([word]) => word.length <= MAX_WORD_LENGTH);
  const recent = dataLines(join(dir, 'recent-words.txt')).flatMap((line) => line.split(/\s+/).filter(Boolean));
  const counts = new Map(jieba);
  // A count the team gave is no evidence that a slip was meant for the word: those it gave bind, they are not offered.
  const notOffered = new Set(recent.filter((word) => (counts.get(word) ?? 0) < COMMON_WORD_FREQ));
  for (const word of recent) counts.set(word, Math.max(RECENT_WORD_FREQ, counts.get(word) ?? 0));
  // Costs and sound-alike groups stay those of jieba's own counts: the added words shift no other word.
  const jiebaTotal = jieba.reduce((sum, [, freq]) => sum + freq, 0);
  const listed = listedEntries(join(dir, 'common-typos.tsv'));
  const pinyinVersion = (JSON.parse(readFileSync(pinyinManifest, 'utf8')) as { version: string }).version;
  const data: TypoData = {
    format: TYPO_DATA_FORMAT,
    source: `jieba dict (MIT); pycorrector same_stroke.txt (Apache-2.0); pinyin-pro ${pinyinVersion} (MIT); Jiaokan common typos (${listed.length}); Jiaokan recent news words (${recent.length})`,
    words: buildWordTables([...counts], jiebaTotal, notOffered),
    sound: soundGroups(charactersByUse(jieba).slice(0, SOUND_CHARACTERS)),
    shape: lookAlikeGroups(root),
    listed,
    tablesId: randomUUID(),
  };
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(dirname(searchOut), { recursive: true });
  // The tables first: a run that finds the new JSON beside the old tables only makes its own (the ids differ).
  const fast = buildFastTables(data.words);
  const tablesTmp = `${tablesOut}.${process.pid}.tmp`;
  writeFileSync(tablesTmp, packFastTables(fast, data.tablesId!));
  renameSync(tablesTmp, tablesOut);
  const searchTmp = `${searchOut}.${process.pid}.tmp`;
  writeFileSync(searchTmp, packWindowSearchTables(windowSearchTables(data, fast), data.tablesId!));
  renameSync(searchTmp, searchOut);
  const tmp = `${out}.${process.pid}.tmp`;
  // UTF-16LE with a byte-order mark: decodes ≈ 10× faster than UTF-8 at every start (src/node/readGeneratedJson.ts).
  writeFileSync(tmp, `\ufeff${JSON.stringify(data)}\n`, 'utf16le');
  renameSync(tmp, out);
  return out;
}

if (require.main === module) buildTypoData({ force: process.argv.includes('--force') });
