/**
 * `node --import tsx scripts/buildGazetteerTables.ts` (part of `npm run build`, after
 * scripts/build-gazetteer.mjs)
 *
 * Derives the gazetteer's look-up tables from the built index with the functions a run would use
 * (core/gazetteer/gazetteerTables.ts) and stores them beside it as gazetteer-tables.bin, tied to the
 * index by the checksum the index carries (Gazetteer.checksum). Always derived (≈ 60 ms): the tables follow the code that makes them as
 * well as the index, and the file is rewritten only when its bytes change.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packGazetteerTables, deriveGazetteerTables } from '../src/core/gazetteer/gazetteerTables';
import { gazetteerFromFile } from '../src/core/gazetteer/gazetteerFile';
import { decodeUtf16Buffer } from '../src/node/loadGazetteer';
import { GAZETTEER_FILE, GAZETTEER_TABLES_FILE, GENERATED_DIR } from '../src/node/generatedFiles';

/** Returns the tables' path. */
export function buildGazetteerTables(root = resolve(__dirname, '..')): string {
  const dir = join(root, GENERATED_DIR);
  const indexBytes = readFileSync(join(dir, GAZETTEER_FILE));
  const out = join(dir, GAZETTEER_TABLES_FILE);
  const gazetteer = gazetteerFromFile(indexBytes, decodeUtf16Buffer);
  const bytes = packGazetteerTables(deriveGazetteerTables(gazetteer), gazetteer.checksum);
  let previous: Buffer | undefined;
  try {
    previous = readFileSync(out);
  } catch {
    // none yet
  }
  if (!previous?.equals(bytes)) {
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  }
  return out;
}

if (require.main === module) buildGazetteerTables();
