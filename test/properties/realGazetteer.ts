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
  if (!existsSync(join(root, 'resources', 'generated', 'gazetteer.bin'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs')], { cwd: root, stdio: 'ignore' });
  }
  const gazetteer = await loadGazetteer();
  if (!gazetteer) throw new Error('the gazetteer index could not be built or read');
  return gazetteer;
}

/** The gazetteer's divisions as [code, name] rows, in its order. */
function divisionRows(gazetteer: Gazetteer): [code: string, name: string][] {
  const { codes, names, nameStarts } = gazetteer;
  return Array.from(codes, (code, i) => [String(code), names.slice(nameStarts[i], nameStarts[i + 1])]);
}

/** Every `step`-th county and town name (codes of 6 and 9 digits): real places for the generators to use. */
export function sampleDivisionNames(gazetteer: Gazetteer, step: number): string[] {
  const rows = divisionRows(gazetteer);
  const counties = rows.filter(([code]) => code.length === 6);
  const towns = rows.filter(([code]) => code.length === 9);
  return [...counties, ...towns].filter((_, i) => i % step === 0).map(([, name]) => name);
}

/**
 * Every `step`-th township or town written after its county with 乡 and 镇 swapped (会宁县党家岘镇):
 * the gazetteer check's renamed-town case, so generated drafts reach that family.
 */
export function sampleRenamedTowns(gazetteer: Gazetteer, step: number): string[] {
  const rows = divisionRows(gazetteer);
  const names = new Map(rows);
  return rows
    .filter(([code, name]) => code.length === 9 && /[乡镇]$/.test(name))
    .filter((_, i) => i % step === 0)
    .map(([code, name]) => `${names.get(code.slice(0, 6)) ?? ''}${name.slice(0, -1)}${name.endsWith('乡') ? '镇' : '乡'}`);
}
