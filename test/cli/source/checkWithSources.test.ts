import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import { buildDocx } from '../../node/import/buildDocx';
import { MAX_DOCX_BYTES } from '../../../src/node/draftLimits';
import { articlePages, buildPdf, PAINT_ONLY, SONG_NOT_EMBEDDED } from '../../node/import/buildPdf';
import { FORMATS } from '../../node/import/fixtures';
import { runCliCaptured } from '../badInput/runCliCaptured';

const fixtures = join(__dirname, '../../fixtures/sources');
const EXPECTED_ERRORS = [
  ['source.date-differs', '2023年9月21日'],
  ['source.name-differs', '罗文斌'],
  ['source.number-differs', '2300亩'],
  ['source.number-differs', '7.53亿元'],
  ['source.number-differs', '680吨'],
  ['source.number-differs', '1.8万元'],
  ['source.quote-altered', '我们要把品牌建设放在首要位置，让每一片茶叶都卖出好价钱。'],
  ['source.name-differs', '宋玉眉'],
];

let dir: string;
let release: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-cli-source-'));
  release = await readFile(join(fixtures, 'pressRelease.txt'), 'utf8');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface SourceErrors {
  code: number;
  errors: string[][];
  unsourced: number;
  /** The page each error cites, where the source has pages. */
  pages: (number | undefined)[];
}

async function sourceErrors(sourcePath: string): Promise<SourceErrors> {
  const run = await runCliCaptured(['check', join(fixtures, 'draftFromRelease.txt'), '--source', sourcePath, '--format', 'json']);
  const [report] = JSON.parse(run.stdout) as { findings: Finding[] }[];
  const source = report!.findings.filter((f) => f.rule.startsWith('source.'));
  const errors = source.filter((f) => f.severity === 'error');
  return {
    code: run.code,
    errors: errors.map((f) => [f.rule, f.spans[0]!.text]),
    pages: errors.map((f) => (f.evidence as { page?: number } | undefined)?.page),
    unsourced: source.filter((f) => f.rule === 'source.unsourced').length,
  };
}

describe('jiaokan check --source', () => {
  it('reports exactly the changed facts against a plain-text source, and exits 1', async () => {
    const result = await sourceErrors(join(fixtures, 'pressRelease.txt'));
    expect(result.errors).toEqual(EXPECTED_ERRORS);
    expect(result.unsourced).toBe(1);
    expect(result.code).toBe(1);
  });

  it('reads a .docx source the same way', async () => {
    const path = join(dir, 'release.docx');
    await writeFile(path, await buildDocx(release.split('\n').filter((line) => line.length > 0).map((text) => ({ text }))));
    expect((await sourceErrors(path)).errors).toEqual(EXPECTED_ERRORS);
  });

  it('reads a saved web page source the same way', async () => {
    const path = join(dir, 'release.html');
    const body = release.split('\n').filter((line) => line.length > 0).map((line) => `<p>${line}</p>`).join('\n');
    await writeFile(path, `<!doctype html><html><head><meta charset="utf-8"><title>通报</title></head><body><nav>首页 &gt; 新闻</nav>${body}</body></html>`);
    expect((await sourceErrors(path)).errors).toEqual(EXPECTED_ERRORS);
  });

  it('reads a PDF source the same way, and cites the page each source sentence is on', async () => {
    const paragraphs = release.split('\n').filter((line) => line.length > 0);
    const path = join(dir, 'release.pdf');
    await writeFile(path, buildPdf(articlePages([paragraphs.slice(0, 3), paragraphs.slice(3)]), SONG_NOT_EMBEDDED));
    const result = await sourceErrors(path);
    expect(result.errors).toEqual(EXPECTED_ERRORS);
    expect(result.pages).toEqual([1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('exits 2 with one line when a source cannot be read', async () => {
    const run = await runCliCaptured(['check', join(fixtures, 'draftFromRelease.txt'), '--source', join(dir, 'missing.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jiaokan: [^\n]+\n$/);
  });

  it.each([
    ['locked.pdf', /password-protected/, (path: string) => copyFile(join(FORMATS, 'irrigation-locked.pdf'), path)],
    ['cut.pdf', /not a readable PDF/, (path: string) => writeFile(path, '%PDF-1.7\nnot really a document')],
    ['scan.pdf', /without a text layer/, (path: string) => writeFile(path, buildPdf([PAINT_ONLY]))],
    ['huge.pdf', /over the draft limit/, async (path: string) => {
      await writeFile(path, '');
      await truncate(path, MAX_DOCX_BYTES + 1);
    }],
  ])('refuses the unusable source %s with one line naming it and why, leaving the draft as it was', async (name, reason, write) => {
    const draftPath = join(dir, 'draft.txt');
    const draft = await readFile(join(fixtures, 'draftFromRelease.txt'));
    await writeFile(draftPath, draft);
    await write(join(dir, name));
    const run = await runCliCaptured(['check', draftPath, '--source', join(dir, name), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jiaokan: [^\n]+\n$/);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
    expect(await readFile(draftPath)).toEqual(draft);
  });
});
