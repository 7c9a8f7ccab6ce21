import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { gazetteerFromFile, type Utf16Decoder } from '../core/gazetteer/gazetteerFile';
import { generatedFilePath } from './readGeneratedJson';
import { GAZETTEER_FILE } from './generatedFiles';

/** Buffer's own UTF-16LE decoder: a few times quicker than TextDecoder in Node. */
export const decodeUtf16Buffer: Utf16Decoder = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le');

/** The stored index at `path`, unpacked; throws when it is not an index of this build's format. */
export function readGazetteerFile(path: string): Gazetteer {
  return gazetteerFromFile(readFileSync(path), decodeUtf16Buffer);
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
 * when it was never built. A long draft's CLI check leaves the entity families to a worker thread,
 * and the families left on the main thread read the index only around a suspected typo: there the
 * reading of it is spared. An index of an older layout is refused as by loadGazetteer, when it is first read.
 */
export function gazetteerOnDemand(): Gazetteer | undefined {
  const path = generatedFilePath(GAZETTEER_FILE);
  if (!path) return undefined;
  let loaded: Gazetteer | undefined;
  const load = (): Gazetteer => (loaded ??= readGazetteerFile(path));
  return {
    format: 4,
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
  };
}
