import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n/messages';
import { formatMegabytes, MAX_DOCX_XML_BYTES } from '../../../src/node/draftLimits';
import { importInWorker } from '../../../src/node/importInWorker';
import { readDraft } from '../../../src/node/readDraft';
import { hostileDocx } from './hostileDocx';
import { refusal } from './refusal';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const SMALL = Buffer.from('临河县北沟镇今年扩种高粱。\n');

describe('importing in a worker', () => {
  it('refuses a .docx holding more XML than the limit before inflating it, with the limit in the message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-docx-'));
    dirs.push(dir);
    const path = join(dir, '新闻稿.docx');
    const bytes = hostileDocx(MAX_DOCX_XML_BYTES + 1024 * 1024);
    expect(bytes.byteLength).toBeLessThan(MAX_DOCX_XML_BYTES / 2);
    await writeFile(path, bytes);
    const error = await refusal(() => readDraft(path));
    expect(error).toMatchObject({ key: 'importer.docxTooLarge', params: { name: '新闻稿.docx', limit: formatMegabytes(MAX_DOCX_XML_BYTES) } });
  });

  it('survives a .docx that runs the importer out of memory, says 文件过大或已损坏, and imports the next draft', async () => {
    const error = await refusal(() => importInWorker('新闻稿.docx', hostileDocx(8 * 1024 * 1024), null, { heapMb: 64, timeoutMs: 120_000 }));
    expect(error).toMatchObject({ key: 'importer.tooLargeOrCorrupt', params: { name: '新闻稿.docx' } });
    expect(t('zh', error.key, error.params)).toContain('文件过大或已损坏');
    expect((await importInWorker('稿件.txt', SMALL, null)).text).toBe(SMALL.toString());
  });

  it('stops an import that outlasts its time and imports the next draft', async () => {
    expect(await refusal(() => importInWorker('稿件.txt', SMALL, null, { heapMb: 256, timeoutMs: 1 }))).toMatchObject({ key: 'importer.tooLargeOrCorrupt' });
    expect((await importInWorker('稿件.txt', SMALL, null)).format).toBe('txt');
  });

  it('passes the importer’s own refusals through unchanged', async () => {
    const error = await refusal(() => importInWorker('图片.png', new Uint8Array(4096).fill(7), null));
    expect(error.key).toBe('importer.unsupported');
  });
});
