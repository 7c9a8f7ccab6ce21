import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../core/gazetteer/gazetteerFile';
import { generatedFilePath, readGeneratedJson, readGeneratedJsonFile } from './readGeneratedJson';

let loading: Promise<Gazetteer | undefined> | undefined;

/**
 * Loads the built gazetteer index once per process. Undefined (and the gazetteer check silent)
 * only when the index was never built; `npm run build` builds it. An index of an older layout
 * is refused with a message that says to rebuild it.
 */
export function loadGazetteer(): Promise<Gazetteer | undefined> {
  loading ??= readGeneratedJson('gazetteer.json').then((parsed) => (parsed === undefined ? undefined : gazetteerFromFile(parsed)));
  return loading;
}

/**
 * The built gazetteer index, read and unpacked the first time a check reads its divisions; undefined
 * when it was never built. A long draft's CLI check leaves the entity families to a worker thread,
 * and the families left on the main thread read the index only around a suspected typo: there the
 * 8 ms of reading it (and the collections of its 90,000 strings) are spared. An index of an older
 * layout is refused as by loadGazetteer, when it is first read.
 */
export function gazetteerOnDemand(): Gazetteer | undefined {
  const path = generatedFilePath('gazetteer.json');
  if (!path) return undefined;
  let loaded: Gazetteer | undefined;
  const load = (): Gazetteer => (loaded ??= gazetteerFromFile(readGeneratedJsonFile(path)));
  return {
    format: 2,
    get source() {
      return load().source;
    },
    get codes() {
      return load().codes;
    },
    get names() {
      return load().names;
    },
    get byName() {
      return load().byName;
    },
    get nameEndings() {
      return load().nameEndings;
    },
  };
}
