import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { gazetteerFromFile, type Utf16Decoder } from '../core/gazetteer/gazetteerFile';
import { unpackGazetteerTables } from '../core/gazetteer/gazetteerTables';
import { generatedFilePath } from './readGeneratedJson';
import { GAZETTEER_FILE, GAZETTEER_TABLES_FILE } from './generatedFiles';

/** Buffer's own UTF-16LE decoder: a few times quicker than TextDecoder in Node. */
export const decodeUtf16Buffer: Utf16Decoder = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le');

/**
 * The stored index at `path`, unpacked, with the tables the build derived from it when they lie
 * beside it (GAZETTEER_TABLES_FILE) and were made from this content; throws when it is not an index
 * of this build's format. Tables missing, stale or of another format are left out: the run then
 * makes its own.
 */
export function readGazetteerFile(path: string): Gazetteer {
  const gazetteer = gazetteerFromFile(readFileSync(path), decodeUtf16Buffer);
  const tables = readTables(join(dirname(path), GAZETTEER_TABLES_FILE), gazetteer.checksum);
  return tables ? { ...gazetteer, tables } : gazetteer;
}

function readTables(path: string, checksum: number): Gazetteer['tables'] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return unpackGazetteerTables(bytes, checksum, decodeUtf16Buffer);
}

let loading: Promise<Gazetteer | undefined> | undefined;

/**
 * Loads the built gazetteer index once per process. Undefined (and the gazetteer check silent)
 * only when the index was never built; `npm run build` builds it. An index of an older layout
 * is refused with a message that says to rebuild it.
 */
export function loadGazetteer(): Promise<Gazetteer | undefined> {
  loading ??= (async () => {
    const path = generatedFilePath(GAZETTEER_FILE);
    return path ? readGazetteerFile(path) : undefined;
  })();
  return loading;
}

/**
 * The built gazetteer index, read and unpacked the first time a check reads its divisions; undefined
 * when it was never built. A long draft's CLI check leaves the entity families to its check process,
 * and the families the CLI's own process keeps read the index only around a suspected typo: there the
 * reading of it is spared. An index of an older layout is refused as by loadGazetteer, when it is first read.
 */
export function gazetteerOnDemand(): Gazetteer | undefined {
  const path = generatedFilePath(GAZETTEER_FILE);
  if (!path) return undefined;
  let loaded: Gazetteer | undefined;
  const load = (): Gazetteer => (loaded ??= readGazetteerFile(path));
  return {
    format: 5,
    get checksum() {
      return load().checksum;
    },
    get source() {
      return load().source;
    },
    get codes() {
      return load().codes;
    },
    get names() {
      return load().names;
    },
    get nameStarts() {
      return load().nameStarts;
    },
    get byName() {
      return load().byName;
    },
    get nameEndings() {
      return load().nameEndings;
    },
    get tables() {
      return load().tables;
    },
  };
}
