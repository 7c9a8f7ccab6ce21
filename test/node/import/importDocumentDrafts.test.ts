import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxDraftBytes, MAX_DOCX_BYTES, MAX_TEXT_BYTES } from '../../../src/node/draftLimits';
import { importDraftBytes } from '../../../src/node/importDraftBytes';
import { buildZip } from './buildZip';
import { FORMATS } from './fixtures';
import { refusal } from './refusal';

const fixture = (ext: string): Uint8Array => readFileSync(join(FORMATS, `irrigation.${ext}`));

describe('importDraftBytes with word-processor and PDF drafts', () => {
  it('names the format the bytes are, under whatever name', async () => {
    expect((await importDraftBytes('稿件.txt', fixture('rtf'), null)).format).toBe('rtf');
    expect((await importDraftBytes('稿件.wps', fixture('doc'), null)).format).toBe('wps');
    expect((await importDraftBytes('稿件', fixture('odt'), null)).format).toBe('odt');
    expect((await importDraftBytes('稿件.md', fixture('pdf'), null)).format).toBe('pdf');
  });

  it('opens text named like a document as text, and refuses other binary named like one', async () => {
    const text = await importDraftBytes('notes.doc', new TextEncoder().encode('只是一段文字。'), null);
    expect(text).toMatchObject({ format: 'txt', text: '只是一段文字。' });
    const spreadsheet = buildZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
      { name: 'content.xml', data: Buffer.from('<x/>') },
    ]);
    expect((await refusal(() => importDraftBytes('table.odt', spreadsheet, null))).key).toBe('importer.unsupported');
  });

  it('refuses a document whose text comes out as control characters instead of passing it with no findings', async () => {
    const garbled = `{\\rtf1 ${Array.from({ length: 40 }, (_, i) => `\\u${(i % 8) + 1}?`).join('')}ab\\par}`;
    const error = await refusal(() => importDraftBytes('garbled.rtf', Buffer.from(garbled, 'latin1'), null));
    expect(error.key).toBe('importer.documentGarbled');
    expect(error.params).toEqual({ name: 'garbled.rtf', share: '95%' });
  });

  it('gives word-processor and PDF drafts the .docx allowance on disk, and text the text one', () => {
    for (const format of ['doc', 'wps', 'rtf', 'odt', 'pdf'] as const) expect(maxDraftBytes(format)).toBe(MAX_DOCX_BYTES);
    expect(maxDraftBytes('txt')).toBe(MAX_TEXT_BYTES);
  });
});
