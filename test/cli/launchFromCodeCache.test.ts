import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'out', 'cli');
const LAUNCHER = join(OUT, 'launch.cjs');

describe.skipIf(!existsSync(LAUNCHER))('the built CLI run from its code cache (needs npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-launch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports what the bundle run without a cache reports, on a draft long enough for the check worker', () => {
    const sample = readFileSync(join(ROOT, 'resources', 'samples', 'sample-draft.txt'), 'utf8');
    const draft = join(dir, 'long.txt');
    // Each copy's figures changed, so no paragraph is the same as another and each is checked.
    writeFileSync(draft, Array.from({ length: 60 }, (_, copy) => sample.replace(/\d+/g, (digits) => String(Number(digits) + copy))).join('\n'));
    const run = (script: string) => spawnSync(process.execPath, [script, 'check', draft, '--format', 'json', '--lang', 'en'], { encoding: 'utf8', timeout: 60_000 });
    const launched = run(join(ROOT, 'bin', 'jiaokan.cjs'));
    const plain = run(join(OUT, 'index.cjs'));
    expect(launched.stderr).toBe('');
    expect(launched.status).toBe(plain.status);
    expect(JSON.parse(launched.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(readdirSync(OUT).filter((name) => name.endsWith('.v8cache')).sort()).toEqual(['checkWorker.cjs.v8cache', 'index.cjs.v8cache']);
    expect(readdirSync(OUT).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
