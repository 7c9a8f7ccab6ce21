import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDraftBytes } from '../../../src/node/importDraftBytes';
import { readDraft } from '../../../src/node/readDraft';
import { buildDocx } from './buildDocx';
import { refusal } from './refusal';
import { BAD_INPUT, coldStorageText, DRAFTS } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


async function write(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('readDraft: the team drafts', () => {
  it('opens the .txt as it is, with its absolute path and name', async () => {
    const draft = await readDraft(join(DRAFTS, 'cold-storage.txt'));
    expect(draft).toEqual({ path: join(DRAFTS, 'cold-storage.txt'), name: 'cold-storage.txt', format: 'txt', encoding: 'UTF-8', text: coldStorageText() });
  });

  it('keeps Markdown source as written', async () => {
    const draft = await readDraft(join(DRAFTS, 'cold-storage.md'));
    expect(draft.format).toBe('md');
    expect(draft.text).toContain('# 山区小镇的冷链仓库建成投用\n\n本报讯');
    expect(draft.text).toContain('**青石县北坡镇**');
  });

  it('imports the .html page to its article text, without chrome, script or style', async () => {
    const draft = await readDraft(join(DRAFTS, 'cold-storage.html'));
    const [headline, lead, second, ...rest] = draft.text.split('\n');
    expect(draft.format).toBe('html');
    expect(headline).toBe('山区小镇的冷链仓库建成投用');
    expect(lead).toBe('本报讯（记者 林晓）10月12日，位于青石县北坡镇的农产品冷链仓库正式投入使用。仓库总投资2860万元，其中县级财政配套1200万元，占比约42%。');
    expect(second).toBe('据北坡镇负责人介绍，新仓库可同时储存蔬菜和水果约5000吨，能让周边七个村的菜农错峰出售。');
    expect(rest).toEqual([]);
  });

  it('imports a .docx built from the same draft to the same paragraphs', async () => {
    const paragraphs = coldStorageText().trimEnd().split('\n');
    const docx = await buildDocx(paragraphs.map((text, i) => (i === 0 ? { text, heading: 1 } : { text })));
    const draft = await readDraft(await write('cold-storage.docx', docx));
    expect(draft).toMatchObject({ format: 'docx', name: 'cold-storage.docx', text: paragraphs.join('\n') });
  });

  it('reads GBK without a BOM and UTF-16 with a BOM to exactly the UTF-8 text', async () => {
    const text = coldStorageText();
    const gbk = await readDraft(await write('gbk.txt', iconv.encode(text, 'gbk')));
    const utf16 = await readDraft(await write('utf16.txt', iconv.encode(text, 'utf16le', { addBOM: true })));
    expect(gbk).toMatchObject({ encoding: 'GB18030', text });
    expect(utf16).toMatchObject({ encoding: 'UTF-16LE', text });
  });

  it('honours the charset an HTML page declares', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>冷库</p></body></html>';
    const draft = await readDraft(await write('page.htm', iconv.encode(html, 'gbk')));
    expect(draft).toMatchObject({ format: 'html', encoding: 'GB18030', text: '冷库' });
  });
});

describe('readDraft: bad input', () => {
  it('opens an empty file as an empty draft', async () => {
    expect(await readDraft(join(BAD_INPUT, 'empty.txt'))).toMatchObject({ text: '', encoding: 'UTF-8', format: 'txt' });
  });

  it('refuses a binary file renamed .txt', async () => {
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(13), Buffer.from([...Array(2000).keys()].map((i) => (i * 37) & 0xff))]);
    const path = await write('photo.txt', png);
    const error = await refusal(() => readDraft(path));
    expect(error.key).toBe('importer.notText');
    expect(error.params).toEqual({ name: 'photo.txt' });
  });

  it('opens invalid UTF-8 with replacement characters and a warning', async () => {
    const draft = await readDraft(join(BAD_INPUT, 'invalid-utf8.txt'));
    expect(draft.text).toBe('记者走进北坡镇冷库，\ufffd\ufffd看到工人正在\ufffd分拣白菜。\n');
    expect(draft.warnings).toEqual(['importer.invalidBytes']);
  });

  it('removes NUL bytes with a warning, also a tail of zero padding', async () => {
    const draft = await readDraft(join(BAD_INPUT, 'nul-bytes.txt'));
    expect(draft).toMatchObject({ text: '冷库今年收储白菜三千吨，比去年多一成。\n', warnings: ['importer.nulRemoved'] });
    const padded = await readDraft(await write('padded.txt', Buffer.concat([Buffer.from(coldStorageText()), Buffer.alloc(8192)])));
    expect(padded).toMatchObject({ text: coldStorageText(), warnings: ['importer.nulRemoved'] });
  });

  it('opens a 1 MB line without a newline', async () => {
    const line = '冷库'.repeat(180_000) + 'end';
    const draft = await readDraft(await write('one-line.txt', line));
    expect(draft.text).toBe(line);
  });

  it('refuses a 50 MB text before reading it, stating the limit', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024);
    const error = await refusal(() => readDraft(path));
    expect(error).toMatchObject({ key: 'importer.tooLarge', params: { name: 'huge.txt', size: '50 MB', limit: '20 MB' } });
  });

  it('refuses a path that does not exist, and a directory', async () => {
    const missing = join(dir, 'gone', 'draft.txt');
    expect(await refusal(() => readDraft(missing))).toMatchObject({ key: 'importer.notFound', params: { path: missing } });
    expect(await refusal(() => readDraft(dir))).toMatchObject({ key: 'importer.isDirectory', params: { path: dir } });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file without read permission (skipped as root, who may read anything)', async () => {
    const path = await write('locked.txt', '冷库');
    await chmod(path, 0o000);
    expect(await refusal(() => readDraft(path))).toMatchObject({ key: 'importer.unreadable', params: { path, reason: 'EACCES' } });
  });

  it('refuses a truncated .docx and a zip bomb named .docx', async () => {
    const docx = await buildDocx([{ text: '冷库' }]);
    expect((await refusal(async () => readDraft(await write('cut.docx', docx.subarray(0, docx.length - 30))))).key).toBe('importer.docxCorrupt');
    const bomb = Buffer.from(docx);
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffff0, directory + 24);
    expect((await refusal(async () => readDraft(await write('bomb.docx', bomb)))).key).toBe('importer.docxTooLarge');
  });

  it('keeps the text of an HTML page with scripts and event handlers, and drops the script text', async () => {
    const draft = await readDraft(join(BAD_INPUT, 'scripts-and-handlers.html'));
    expect(draft.text).toBe('镇里的冷库今天开始收菜。\n查看详情\n收购价每斤高出两角。');
  });
});

describe('importDraftBytes', () => {
  it('imports dropped bytes without a path', async () => {
    const draft = await importDraftBytes('dropped.txt', iconv.encode(coldStorageText(), 'gbk'), null);
    expect(draft).toEqual({ path: null, name: 'dropped.txt', format: 'txt', encoding: 'GB18030', text: coldStorageText() });
  });

  it('sniffs a file with an unknown extension: text opens as .txt, a .docx inside is found', async () => {
    expect(await importDraftBytes('draft.log', Buffer.from('冷库建成'), null)).toMatchObject({ format: 'txt', text: '冷库建成' });
    expect(await importDraftBytes('draft', await buildDocx([{ text: '冷库建成' }]), null)).toMatchObject({ format: 'docx', text: '冷库建成' });
  });

  it('refuses binary bytes with an unknown extension as unsupported', async () => {
    const error = await refusal(() => importDraftBytes('report.pdf', Buffer.from([...Array(4096).keys()].map((i) => (i * 131) & 0xff)), null));
    expect(error).toMatchObject({ key: 'importer.unsupported', params: { name: 'report.pdf' } });
  });

  it('refuses dropped text over the limit', async () => {
    const error = await refusal(() => importDraftBytes('big.md', new Uint8Array(21 * 1024 * 1024), null));
    expect(error).toMatchObject({ key: 'importer.tooLarge', params: { limit: '20 MB', size: '21 MB' } });
  });
});
