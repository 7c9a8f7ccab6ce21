import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { cliContractBreach } from '../badInput/runCliCaptured';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUNDLE = join(ROOT, 'out', 'cli', 'index.cjs');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-check-stream-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function draft(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** Runs the CLI in this process, keeping every write to stdout separately. */
async function run(args: string[]): Promise<{ code: number; writes: string[]; stderr: string }> {
  const writes: string[] = [];
  let stderr = '';
  const code = await runCli([...args, '--lang', 'en'], {}, { stdout: (s) => writes.push(s), stderr: (s) => (stderr += s) });
  return { code, writes, stderr };
}

describe('jiaokan check --format json streams one file at a time', () => {
  it('writes each file’s report as it is finished, laid out as one pretty-printed array', async () => {
    const files = await Promise.all(['一.txt', '二.txt', '三.txt'].map((name, i) => draft(name, `第${i}篇稿件,写得很好。`)));
    const { code, writes, stderr } = await run(['check', ...files, '--format', 'json']);
    // Half-width commas are warnings, not errors: exit 0.
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(writes.length).toBeGreaterThan(files.length);
    const stdout = writes.join('');
    const reports = JSON.parse(stdout) as { file: string }[];
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(stdout).toBe(`${JSON.stringify(reports, null, 2)}\n`);
  });

  it('a file that cannot be read after others were written still leaves valid JSON for those, and one line on stderr', async () => {
    const good = await draft('good.txt', '今天天气很好。');
    const missing = join(dir, 'missing.txt');
    const result = await run(['check', good, missing, '--format', 'json']);
    expect(cliContractBreach({ code: result.code, stdout: result.writes.join(''), stderr: result.stderr })).toBeUndefined();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(resolve(missing));
    expect((JSON.parse(result.writes.join('')) as { file: string }[]).map((r) => r.file)).toEqual([good]);
  });
});

describe.skipIf(!existsSync(BUNDLE))('the built CLI (needs npm run build)', () => {
  it('stops quietly when its reader closes the pipe early, with no stack trace', async () => {
    const many = await draft('many.txt', Array.from({ length: 4000 }, (_, i) => `第${i}段,写得很好`).join('\n'));
    const child = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" check "${many}" --lang en | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
  });
});
