import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { readGeneratedJson } from './readGeneratedJson';

let loading: Promise<Gazetteer | undefined> | undefined;

/**
 * Loads the built gazetteer index once per process. Undefined (and the gazetteer check silent)
 * only when the index was never built; `npm run build` builds it.
 */
export function loadGazetteer(): Promise<Gazetteer | undefined> {
  loading ??= readGeneratedJson('gazetteer.json').then((parsed) => {
    const index = parsed as Gazetteer | undefined;
    return index?.format === 1 && Array.isArray(index.divisions) ? index : undefined;
  });
  return loading;
}
