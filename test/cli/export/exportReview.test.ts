import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { runChecks } from '../../../src/core/checkEngine';
import type { Finding } from '../../../src/core/finding';
import { createReview } from '../../../src/core/review/createReview';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { serializeSidecar } from '../../../src/core/review/sidecarFormat';
import { sidecarPathFor } from '../../../src/node/review/sidecarPath';

const TEXT = '镇里的的合作社今年收购玉米1200吨,比去年多出三成。\n';

let dir: string;
let draft: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-cli-export-review-'));
  draft = join(dir, 'draft.txt');
  await writeFile(draft, TEXT);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--lang', 'en', ...args], {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Exports with only the accepted suggestions applied, so what the review decides is all that changes. */
async function exportSuggestionsOnly(...extra: string[]): Promise<string> {
  const out = join(dir, 'out.txt');
  const result = await run('export', draft, '--out', out, '--no-strip-chrome', '--no-punctuation', '--no-whitespace', ...extra);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return readFile(out, 'utf8');
}

describe('jiaokan export and the review file', () => {
  it('applies a finding confirmed in the review file without --accept, and leaves the open ones', async () => {
    const findings = runChecks(TEXT, { lang: 'en', families: ['repetition', 'punctuation'] });
    const doubled = findings.find((f) => f.rule === 'repetition.character')!;
    const review = createReview(TEXT, findings, [], '2026-12-04T08:00:00Z');
    const item = review.items.find((i) => i.rule === doubled.rule)!;
    const confirmed = setVerdict(review, item.id, 'confirmed', {}, '林编辑', '2026-12-04T09:00:00Z');
    await writeFile(sidecarPathFor(draft), serializeSidecar(confirmed, basename(draft)));
    expect(await exportSuggestionsOnly()).toBe('镇里的合作社今年收购玉米1200吨,比去年多出三成。\n');
  });

  it('applies nothing without a review file or --accept', async () => {
    expect(await exportSuggestionsOnly()).toBe(TEXT);
  });

  it('--accept adds whole rules on top of the review', async () => {
    expect(await exportSuggestionsOnly('--accept', 'punctuation.half-width')).toBe('镇里的的合作社今年收购玉米1200吨，比去年多出三成。\n');
  });

  it.each(['punctuation.halfWidth', 'punctuation.nonsense', 'grammar'])('refuses --accept %s with exit 2, naming the valid ids', async (rule) => {
    const result = await run('export', draft, '--out', join(dir, 'out.txt'), '--accept', rule);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${rule}"`);
    expect(result.stderr).toContain('punctuation.half-width');
    expect(result.stderr).toContain('repetition.character');
  });
});

describe('check and export agree on punctuation (issue 18)', () => {
  it.each(['A股,B股上涨', '这是测试,test', '会议召开.今天'])('%s', async (sentence) => {
    await writeFile(draft, `${sentence}\n`);
    const checked = await run('check', draft, '--format', 'json');
    const report = JSON.parse(checked.stdout) as { findings: Finding[] }[];
    const suggested = report[0]!.findings.filter((f) => f.rule.startsWith('punctuation.') && f.suggestion).sort((a, b) => b.spans[0]!.start - a.spans[0]!.start);
    let expected = `${sentence}\n`;
    for (const f of suggested) expected = expected.slice(0, f.spans[0]!.start) + f.suggestion!.replacement + expected.slice(f.spans[0]!.end);
    expect(await exportSuggestionsOnly('--accept', 'punctuation')).toBe(expected);
    const out = join(dir, 'clean.txt');
    expect((await run('export', draft, '--out', out, '--no-strip-chrome', '--no-whitespace')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(expected);
  });
});
