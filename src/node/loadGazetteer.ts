import type { Gazetteer } from '../core/gazetteer/gazetteer';

/** Loads the built gazetteer index once per process; undefined until the gazetteer module lands. */
export async function loadGazetteer(): Promise<Gazetteer | undefined> {
  return undefined;
}
