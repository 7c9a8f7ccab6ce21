// Builds resources/generated/typo.json, the data the typo check reads: the team's list of common
// misspellings, a word-frequency dictionary (jieba, compacted), look-alike groups (pycorrector)
// and sound-alike groups derived here from pinyin-pro's readings. Sources and licences:
// resources/typo/README.md. Idempotent: skips the work when the output is newer than its inputs.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FORMAT = 1;
/** Sound-alike groups cover the characters most used in the dictionary's words; rarer ones would only add noise. */
const SOUND_CHARACTERS = 5000;

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function dataLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function listedEntries(path) {
  return dataLines(path).map((line) => {
    const [wrong, right, note, exceptions] = line.split('\t');
    if (!wrong || !right || !note) throw new Error(`${path}: expected "wrong<TAB>right<TAB>note", got: ${line}`);
    return [wrong, right, note, exceptions ? exceptions.split('|') : []];
  });
}

/** Characters ranked by the summed frequency of the dictionary words they occur in. */
function charactersByUse(words) {
  const use = new Map();
  for (const line of words) {
    const [word, freq] = line.split(' ');
    for (const ch of word) use.set(ch, (use.get(ch) ?? 0) + Number(freq));
  }
  return [...use.keys()].sort((a, b) => use.get(b) - use.get(a));
}

/** One group per toneless syllable: the common characters that can be read that way. */
async function soundGroups(characters) {
  const { pinyin } = await import('pinyin-pro');
  const bySyllable = new Map();
  for (const ch of characters) {
    for (const syllable of pinyin(ch, { toneType: 'none', multiple: true, type: 'array' })) {
      if (!/^[a-zü]+$/.test(syllable)) continue;
      const group = bySyllable.get(syllable) ?? [];
      group.push(ch);
      bySyllable.set(syllable, group);
    }
  }
  return [...bySyllable.values()].filter((g) => g.length > 1).map((g) => g.join(''));
}

/** Returns the output path; `force` rebuilds even when it looks current. */
export async function buildTypoData({ root = ROOT, force = false } = {}) {
  const dir = join(root, 'resources', 'typo');
  const out = join(root, 'resources', 'generated', 'typo.json');
  const pinyinManifest = join(root, 'node_modules', 'pinyin-pro', 'package.json');
  const inputs = ['common-typos.tsv', 'jieba-words.txt', 'same-stroke.txt'].map((f) => join(dir, f));
  if (!force && [...inputs, pinyinManifest, fileURLToPath(import.meta.url)].every((p) => mtimeOf(p) < mtimeOf(out))) return out;

  const words = dataLines(join(dir, 'jieba-words.txt'));
  const listed = listedEntries(join(dir, 'common-typos.tsv'));
  const shape = dataLines(join(dir, 'same-stroke.txt')).map((line) => line.split(/\s+/).join(''));
  const sound = await soundGroups(charactersByUse(words).slice(0, SOUND_CHARACTERS));
  const pinyinVersion = JSON.parse(readFileSync(pinyinManifest, 'utf8')).version;
  const data = {
    format: FORMAT,
    source: `jieba dict (MIT); pycorrector same_stroke.txt (Apache-2.0); pinyin-pro ${pinyinVersion} (MIT); Jiaokan common typos (${listed.length})`,
    words: words.join('\n'),
    sound,
    shape,
    listed,
  };
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data)}\n`);
  renameSync(tmp, out);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildTypoData({ force: process.argv.includes('--force') });
}
