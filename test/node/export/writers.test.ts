import { mkdtemp, readFile, rm, symlink, link, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBlocks } from '../../../src/core/cleanCopy/exportBlocks';
import { defaultExportPath } from '../../../src/node/export/defaultExportPath';
import { ExportError } from '../../../src/node/export/exportError';
import { formatFromPath } from '../../../src/node/export/exportFormat';
import { isSameFile } from '../../../src/node/export/isSameFile';
import { renderHtml } from '../../../src/node/export/renderHtml';
import { renderMarkdown } from '../../../src/node/export/renderMarkdown';
import { writeExport } from '../../../src/node/export/writeExport';

const CLEAN = '茶园里的春天\n\n清明前后，茶园里一派繁忙。\n\n白石乡茶叶合作社的加工车间。\n\n社员人均增收约3200元。\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('export blocks', () => {
  it('takes a short first line without end punctuation as the title', () => {
    expect(exportBlocks(CLEAN).map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('takes a first line that ends a sentence, or a lone line, as a paragraph', () => {
    expect(exportBlocks('清明前后，茶园里一派繁忙。\n第二段。')[0]!.kind).toBe('paragraph');
    expect(exportBlocks('只有一行')[0]!.kind).toBe('paragraph');
  });
});

describe('writers', () => {
  it('writes .txt as UTF-8 without BOM, with \\n line endings', async () => {
    const out = join(dir, 'a.clean.txt');
    await writeExport({ sourcePath: null, outPath: out, format: 'txt', text: CLEAN.trimEnd() });
    const bytes = await readFile(out);
    expect(bytes[0]).not.toBe(0xef);
    expect(bytes.toString('utf8')).toBe(CLEAN);
    expect(bytes.includes(0x0d)).toBe(false);
  });

  it('writes .md with a # title, blank-line paragraphs and escapes only markup at line starts', () => {
    const md = renderMarkdown(exportBlocks('标题\n# 不是标题\n1. 不是列表\n- 不是列表\n> 不是引用\n---\n*强调*照写\n正文里的 # 号不动'));
    expect(md).toBe('# 标题\n\n\\# 不是标题\n\n1\\. 不是列表\n\n\\- 不是列表\n\n\\> 不是引用\n\n\\---\n\n*强调*照写\n\n正文里的 # 号不动\n');
  });

  it('writes .html as a minimal UTF-8 document with <h1> and <p>, escaping markup', () => {
    const html = renderHtml(exportBlocks('标题<一>\n甲 & 乙。'), 'draft');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>标题&lt;一&gt;</title>');
    expect(html).toContain('<h1>标题&lt;一&gt;</h1>\n<p>甲 &amp; 乙。</p>');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
  });

  it('writes a .docx that opens with the text, paragraph order and title heading intact', async () => {
    const out = join(dir, 'a.clean.docx');
    await writeExport({ sourcePath: null, outPath: out, format: 'docx', text: CLEAN });
    const buffer = await readFile(out);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toBe('<h1>茶园里的春天</h1><p>清明前后，茶园里一派繁忙。</p><p>白石乡茶叶合作社的加工车间。</p><p>社员人均增收约3200元。</p>');
    const { value: raw } = await mammoth.extractRawText({ buffer });
    expect(raw.split('\n').filter((l) => l.length > 0)).toEqual(CLEAN.split('\n').filter((l) => l.length > 0));
  });

  it('leaves no temporary file behind', async () => {
    await writeExport({ sourcePath: null, outPath: join(dir, 'x.html'), format: 'html', text: CLEAN });
    expect(await readdir(dir)).toEqual(['x.html']);
  });
});

describe('never overwrites the draft', () => {
  async function draftFile(): Promise<string> {
    const path = join(dir, 'draft.txt');
    await writeFile(path, '原稿');
    return path;
  }

  async function expectRefused(source: string, out: string): Promise<void> {
    await expect(writeExport({ sourcePath: source, outPath: out, format: 'txt', text: '清样' })).rejects.toBeInstanceOf(ExportError);
    expect(await readFile(source, 'utf8')).toBe('原稿');
  }

  it('refuses the same path, a relative spelling of it, a symlink and a hard link to it', async () => {
    const source = await draftFile();
    await expectRefused(source, source);
    await expectRefused(source, join(dir, 'sub', '..', 'draft.txt'));
    await symlink(source, join(dir, 'link.txt'));
    await expectRefused(source, join(dir, 'link.txt'));
    await link(source, join(dir, 'hard.txt'));
    await expectRefused(source, join(dir, 'hard.txt'));
  });

  it('writes beside the draft under the proposed name', async () => {
    const source = await draftFile();
    const out = defaultExportPath(source, 'txt');
    expect(out).toBe(join(dir, 'draft.clean.txt'));
    expect(await isSameFile(source, out)).toBe(false);
    await writeExport({ sourcePath: source, outPath: out, format: 'txt', text: '清样' });
    expect(await readFile(out, 'utf8')).toBe('清样\n');
    expect(await readFile(source, 'utf8')).toBe('原稿');
  });

  it('reads the format from the extension', () => {
    expect(['a.TXT', 'a.md', 'a.htm', 'a.docx', 'a.pdf'].map(formatFromPath)).toEqual(['txt', 'md', 'html', 'docx', undefined]);
  });
});
