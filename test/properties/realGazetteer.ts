import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { loadGazetteer } from '../../src/node/loadGazetteer';
import { packageRoot } from '../../src/node/packageRoot';

/** The real gazetteer index, built first if this checkout has not built it (loadGazetteer caches a miss). */
export async function realGazetteer(): Promise<Gazetteer> {
  const root = packageRoot(process.cwd());
  if (!root) throw new Error('run the tests from inside the jiaokan checkout');
  if (!existsSync(join(root, 'resources', 'generated', 'gazetteer.json'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs')], { cwd: root, stdio: 'ignore' });
  }
  const gazetteer = await loadGazetteer();
  if (!gazetteer) throw new Error('the gazetteer index could not be built or read');
  return gazetteer;
}

/** Every `step`-th county and town name (codes of 6 and 9 digits): real places for the generators to use. */
export function sampleDivisionNames(gazetteer: Gazetteer, step: number): string[] {
  const counties = gazetteer.divisions.filter(([code]) => code.length === 6);
  const towns = gazetteer.divisions.filter(([code]) => code.length === 9);
  return [...counties, ...towns].filter((_, i) => i % step === 0).map(([, name]) => name);
}
