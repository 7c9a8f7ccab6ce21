import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, type MessageKey, type MessageParams } from '../../../src/core/i18n/messages';
import { buildDocx } from '../../node/import/buildDocx';
import { buildZip } from '../../node/import/buildZip';
import { cliContractBreach, runCliCaptured, type CliRun } from './runCliCaptured';
import { TEA_GARDEN_DRAFT } from './teaGardenDraft';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BAD_INPUT = join(ROOT, 'test', 'fixtures', 'bad-input');
const BUNDLE = join(ROOT, 'out', 'cli', 'index.cjs');
const MB = 1024 * 1024;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-bad-input-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Runs the CLI and checks the contract every case shares: known exit code, one-line refusal, no stack trace. */
async function jiaokan(...args: string[]): Promise<CliRun> {
  const run = await runCliCaptured(args);
  expect(cliContractBreach(run)).toBeUndefined();
  return run;
}

function refusal(key: MessageKey, params: MessageParams): string {
  return `jiaokan: ${t('en', key, params)}\n`;
}

interface JsonReport {
  file: string;
  chars: number;
  findings: { rule: string; spans: { text: string }[] }[];
}

async function checkJson(path: string): Promise<JsonReport> {
  const run = await jiaokan('check', path, '--format', 'json');
  expect(run.code).not.toBe(2);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as JsonReport[])[0]!;
}

/** The exported clean text of a draft: how the tests see what the CLI read from a file. */
async function importedText(path: string): Promise<string> {
  const out = join(dir, `${basename(path)}.export.txt`);
  const run = await jiaokan('export', path, '--out', out, '--no-strip-chrome', '--no-punctuation', '--no-whitespace');
  expect(run.code).toBe(0);
  return readFile(out, 'utf8');
}

const findingsOf = (report: JsonReport) => report.findings.map((f) => ({ rule: f.rule, spans: f.spans.map((s) => s.text) }));

describe('bad input through the CLI', () => {
  it('an empty file opens as an empty draft with no findings', async () => {
    const path = await file('empty.txt', '');
    const report = await checkJson(path);
    expect(report).toEqual({ file: path, chars: 0, findings: [], chrome: [] });
    await expect(checkJson(join(BAD_INPUT, 'empty.txt'))).resolves.toMatchObject({ chars: 0, findings: [] });
  });

  it('a binary file renamed .txt is refused as not text, in one line', async () => {
    const bytes = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]);
    const path = await file('photo.txt', bytes);
    const run = await jiaokan('check', path);
    expect(run).toEqual({ code: 2, stdout: '', stderr: refusal('importer.notText', { name: 'photo.txt' }) });
  });

  it('invalid UTF-8 opens with the bad bytes shown as U+FFFD and the rest of the text kept', async () => {
    const path = join(BAD_INPUT, 'invalid-utf8.txt');
    await checkJson(path);
    const text = await importedText(path);
    expect(text).toContain('\uFFFD');
    expect(text.replaceAll('\uFFFD', '').length).toBeGreaterThan(10);
  });

  it('NUL bytes are removed and the text around them kept', async () => {
    const path = join(BAD_INPUT, 'nul-bytes.txt');
    await checkJson(path);
    const text = await importedText(path);
    expect(text).not.toContain('\u0000');
    expect(text.length).toBeGreaterThan(5);
    const made = await importedText(await file('nul.txt', Buffer.from('镇里的冷库\u0000今天开始收菜。\u0000\u0000', 'utf8')));
    expect(made.trimEnd()).toBe('镇里的冷库今天开始收菜。');
  });

  it('GBK without a BOM and UTF-16 with a BOM give exactly the findings of the UTF-8 copy', async () => {
    const utf8 = await checkJson(await file('tea-utf8.txt', TEA_GARDEN_DRAFT));
    expect(new Set(utf8.findings.map((f) => f.rule.split('.')[0])).size).toBeGreaterThanOrEqual(3);
    const copies = {
      'tea-gbk.txt': iconv.encode(TEA_GARDEN_DRAFT, 'gbk'),
      'tea-utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEA_GARDEN_DRAFT, 'utf16le')]),
      'tea-utf16be.txt': iconv.encode(TEA_GARDEN_DRAFT, 'utf16-be', { addBOM: true }),
    };
    for (const [name, bytes] of Object.entries(copies)) {
      const report = await checkJson(await file(name, bytes));
      expect(report.chars, name).toBe(utf8.chars);
      expect(findingsOf(report), name).toEqual(findingsOf(utf8));
    }
  });

  it('a 1 MB line with no newline is checked', async () => {
    const sentence = '合作社今年新扩种茶园三百亩,鲜叶收购价比去年高出一成。';
    const line = sentence.repeat(Math.ceil(MB / Buffer.byteLength(sentence)));
    const started = performance.now();
    const report = await checkJson(await file('one-line.txt', line));
    const ms = Math.round(performance.now() - started);
    expect(report.chars).toBe(line.length);
    console.info(`bad-input: 1 MB single line (${(Buffer.byteLength(line) / MB).toFixed(1)} MB) checked in ${ms} ms, ${report.findings.length} findings`);
  }, 60_000);

  it('a 50 MB text is refused with the stated limit', async () => {
    const path = await file('huge.txt', Buffer.alloc(50 * MB, '稿件正文，'));
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const run = await jiaokan('check', path);
    const ms = Math.round(performance.now() - started);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(run).toEqual({ code: 2, stdout: '', stderr: refusal('importer.tooLarge', { name: 'huge.txt', size: '50 MB', limit: '20 MB' }) });
    console.info(`bad-input: 50 MB text refused in process in ${ms} ms, heap growth ${(heapGrowth / MB).toFixed(1)} MB`);
  });

  it('a truncated .docx is refused as damaged', async () => {
    const whole = await buildDocx([{ text: '山谷里的茶园今年扩种', heading: 1 }, { text: '合作社开始采摘春茶。' }]);
    const path = await file('cut.docx', whole.subarray(0, Math.floor(whole.byteLength * 0.6)));
    const run = await jiaokan('check', path);
    expect(run).toEqual({ code: 2, stdout: '', stderr: refusal('importer.docxCorrupt', { name: 'cut.docx' }) });
  });

  it('a .docx zip bomb is refused before it is unpacked', async () => {
    const paragraphs = Buffer.alloc(60 * MB, '<w:p><w:r><w:t>茶</w:t></w:r></w:p>');
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
      { name: 'word/document.xml', data: paragraphs },
    ]);
    const path = await file('bomb.docx', bomb);
    const started = performance.now();
    const run = await jiaokan('check', path);
    const ms = Math.round(performance.now() - started);
    expect(run).toEqual({ code: 2, stdout: '', stderr: refusal('importer.docxTooLarge', { name: 'bomb.docx', limit: '100 MB' }) });
    console.info(`bad-input: .docx bomb (${(bomb.byteLength / 1024).toFixed(0)} KB expanding to 60 MB) refused in ${ms} ms`);
  });

  it('HTML with scripts and event handlers keeps its text and drops the script', async () => {
    const path = join(BAD_INPUT, 'scripts-and-handlers.html');
    await checkJson(path);
    const text = await importedText(path);
    expect(text).toContain('镇里的冷库今天开始收菜。');
    expect(text).toContain('收购价每斤高出两角。');
    for (const executable of ['脚本写出的文字', 'document.write', 'alert(', 'onclick', 'javascript:', 'color: red']) expect(text).not.toContain(executable);
  });

  it('a missing file and a directory are refused, each in one line', async () => {
    const missing = join(dir, 'no-such-draft.txt');
    expect(await jiaokan('check', missing)).toEqual({ code: 2, stdout: '', stderr: refusal('importer.notFound', { path: resolve(missing) }) });
    const folder = join(dir, 'drafts.txt');
    await mkdir(folder);
    expect(await jiaokan('check', folder)).toEqual({ code: 2, stdout: '', stderr: refusal('importer.isDirectory', { path: resolve(folder) }) });
  });

  it.skipIf(!existsSync(BUNDLE))('the built binary refuses the same inputs the same way (needs out/cli/index.cjs: npm run build)', async () => {
    const huge = await file('huge-spawned.txt', Buffer.alloc(50 * MB, '稿件正文，'));
    const cases: [string, MessageKey, MessageParams][] = [
      [huge, 'importer.tooLarge', { name: 'huge-spawned.txt', size: '50 MB', limit: '20 MB' }],
      [join(dir, 'gone.txt'), 'importer.notFound', { path: join(dir, 'gone.txt') }],
      [dir, 'importer.isDirectory', { path: dir }],
    ];
    for (const [path, key, params] of cases) {
      const started = performance.now();
      const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'jiaokan.cjs'), 'check', path, '--lang', 'en'], { encoding: 'utf8', timeout: 20_000 });
      const ms = Math.round(performance.now() - started);
      expect({ code: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({ code: 2, stdout: '', stderr: refusal(key, params) });
      console.info(`bad-input (spawned): ${key} in ${ms} ms`);
    }
  }, 60_000);
});
