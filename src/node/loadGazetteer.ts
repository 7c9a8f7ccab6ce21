import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../core/gazetteer/gazetteerFile';
import { readGeneratedJson } from './readGeneratedJson';

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
