import { mkdtemp, readFile, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import { runCli } from '../../../src/cli/runCli';

// Stand-in for readDraft while the importer lands (another engineer's work): UTF-8, `\n` endings.
vi.mock('../../../src/node/readDraft', () => ({
  readDraft: async (path: string) => {
    const { readFile: read } = await import('node:fs/promises');
    const text = (await read(path, 'utf8')).replace(/\r\n?/g, '\n');
    return { path, name: path, format: 'txt', encoding: 'UTF-8', text };
  },
}));

// The checks belong to other engineers; --accept is tested against fixed findings.
const findings: Finding[] = [];
vi.mock('../../../src/core/checkEngine', () => ({ runChecks: () => findings }));

const fixtures = join(__dirname, '../../fixtures/cleanCopy');
let dir: string;
let draft: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-cli-export-'));
  draft = join(dir, 'web-draft.txt');
  await copyFile(join(fixtures, 'web-draft.txt'), draft);
  findings.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--lang', 'en', 'export', ...args], {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function expectUsageError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('jiaokan export', () => {
  it('writes the clean copy and reports the counts', async () => {
    const out = join(dir, 'web-draft.clean.txt');
    const result = await run(draft, '--out', out);
    expect(result.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(join(fixtures, 'web-draft.clean.txt'), 'utf8'));
    expect(result.stdout).toMatch(/^exported .*web-draft\.clean\.txt: page chrome removed: 3; accepted fixes: 0; punctuation \(GB\/T 15834\): 12; whitespace: 6\n$/);
  });

  it('switches transforms off', async () => {
    const out = join(dir, 'raw.txt');
    expect((await run(draft, '--out', out, '--no-strip-chrome', '--no-punctuation', '--no-whitespace')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(draft, 'utf8'));
    expect((await run(draft, '--out', out, '--no-strip-chrome')).code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^您现在的位置/);
    expect(text).toContain('版权声明');
    expect(text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  });

  it('takes the format from --format or the extension', async () => {
    const out = join(dir, 'copy.out');
    expect((await run(draft, '--out', out, '--format', 'html')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<h1>青溪县：一片茶叶带富一方百姓<\/h1>/);
    expectUsageError(await run(draft, '--out', out), /cannot tell the export format/);
    expectUsageError(await run(draft, '--out', join(dir, 'a.txt'), '--format', 'pdf'), /unsupported format "pdf"/);
  });

  it('saves the change log as JSON or text by extension', async () => {
    const out = join(dir, 'c.md');
    expect((await run(draft, '--out', out, '--log', join(dir, 'log.json'))).code).toBe(0);
    const log = JSON.parse(await readFile(join(dir, 'log.json'), 'utf8')) as { counts: Record<string, number>; entries: unknown[] };
    expect(log.counts).toEqual({ stripChrome: 3, applySuggestions: 0, punctuation: 12, whitespace: 6 });
    expect(log.entries).toHaveLength(21);
    expect((await run(draft, '--out', out, '--log', join(dir, 'log.txt'))).code).toBe(0);
    expect(await readFile(join(dir, 'log.txt'), 'utf8')).toMatch(/^Clean copy change log\n.*\n\nline 1 \[page chrome removed · breadcrumb\]/);
  });

  it('refuses to overwrite the draft, by path or through a symlink, and leaves it intact', async () => {
    const before = await readFile(draft, 'utf8');
    expectUsageError(await run(draft, '--out', draft), /is the draft itself.*web-draft\.clean\.txt/);
    await symlink(draft, join(dir, 'alias.txt'));
    expectUsageError(await run(draft, '--out', join(dir, 'alias.txt')), /is the draft itself/);
    expectUsageError(await run(draft, '--out', join(dir, 'ok.txt'), '--log', draft), /is the draft itself/);
    expect(await readFile(draft, 'utf8')).toBe(before);
  });

  it('rejects missing arguments and unknown rules with one line and exit 2', async () => {
    expectUsageError(await run(), /give the draft to export/);
    expectUsageError(await run(draft), /--out .*web-draft\.clean\.txt/);
    expectUsageError(await run(draft, '--out', join(dir, 'a.txt'), '--accept', 'spelling'), /no rule "spelling"/);
    expectUsageError(await run(draft, '--out', join(dir, 'a.txt'), '--bogus'), /bad arguments/);
  });

  it('applies the suggestions of the accepted rules only', async () => {
    await writeFile(draft, '杨集镇的车间很忙。\n');
    const span = (start: number, end: number, text: string) => [{ start, end, text }];
    findings.push(
      { id: 'a', rule: 'consistency.place', severity: 'warning', message: '', spans: span(0, 3, '杨集镇'), suggestion: { replacement: '杨崖集镇' } },
      { id: 'b', rule: 'repetition.doubled', severity: 'warning', message: '', spans: span(4, 6, '车间'), suggestion: { replacement: '厂房' } },
    );
    const out = join(dir, 'accepted.txt');
    expect((await run(draft, '--out', out, '--accept', 'consistency')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('杨崖集镇的车间很忙。\n');
    expect((await run(draft, '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('杨集镇的车间很忙。\n');
  });
});
