import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'jiaokan.cjs');

describe.skipIf(!existsSync(join(ROOT, 'out', 'cli', 'index.cjs')))('what a check of a UTF-8 text draft loads (needs npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-loads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads neither the import worker's thread module nor the legacy-encoding packages", () => {
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, '今年秋粮收购进展顺利，全县收购粮食1.2万吨。\n');
    const listing = join(dir, 'loaded.json');
    // Written by the CLI's process as it exits: Node's own modules it loaded and the files it required.
    const recorder = join(dir, 'recordLoads.cjs');
    writeFileSync(
      recorder,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));\n`,
    );
    const run = spawnSync(process.execPath, ['--require', recorder, CLI, 'check', draft, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(readFileSync(listing, 'utf8')) as { builtins: string[]; files: string[] };
    expect(loaded.builtins).toContain('NativeModule child_process');
    expect(loaded.builtins).not.toContain('NativeModule worker_threads');
    expect(loaded.files.filter((file) => /[\\/]node_modules[\\/](chardet|iconv-lite)[\\/]/.test(file))).toEqual([]);
  }, 60_000);
});
