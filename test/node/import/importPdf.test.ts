import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../../src/node/importPdf';
import { MAX_PDF_PAGES } from '../../../src/node/draftLimits';
import { articlePages, buildPdf, PAINT_ONLY, SONG_NOT_EMBEDDED, textLines, ucs2Line } from './buildPdf';
import { FORMATS } from './fixtures';
import { refusal } from './refusal';

describe('importPdf', () => {
  it('reads the text layer and says paragraphs were rebuilt from the layout', async () => {
    const page = textLines(['Harbour report', 'The ferry runs again from Monday after the long winter break.']);
    const { text, warnings } = await importPdf(buildPdf([page]), 'a.pdf');
    expect(text).toBe('Harbour report\nThe ferry runs again from Monday after the long winter break.');
    expect(warnings).toEqual(['importer.pdfLayout']);
  });

  it('reads Chinese set in a standard font that is not embedded, through the character maps pdf.js ships', async () => {
    const { text } = await importPdf(buildPdf([ucs2Line('冷链仓库建成投用')], SONG_NOT_EMBEDDED), 'song.pdf');
    expect(text).toBe('冷链仓库建成投用');
  });

  it('says where each page starts in the text, a page without text starting where the next text does', async () => {
    const pages = articlePages([['渡口周一复航。', '冷链仓库建成投用。'], [], ['茶园面积扩大。']]);
    const { text, pageStarts } = await importPdf(buildPdf([pages[0]!, PAINT_ONLY, pages[2]!], SONG_NOT_EMBEDDED), 'paged.pdf');
    expect(text).toBe('— 1 —\n渡口周一复航。\n冷链仓库建成投用。\n— 3 —\n茶园面积扩大。');
    expect(pageStarts).toEqual([0, text.indexOf('— 3 —'), text.indexOf('— 3 —')]);
  });

  it('refuses a PDF with no text layer (a scan) and says so', async () => {
    const error = await refusal(() => importPdf(buildPdf([PAINT_ONLY, PAINT_ONLY]), 'scan.pdf'));
    expect(error.key).toBe('importer.pdfNoText');
    expect(error.params).toEqual({ name: 'scan.pdf' });
  });

  it('refuses a password-protected PDF and says so', async () => {
    const error = await refusal(() => importPdf(readFileSync(join(FORMATS, 'irrigation-locked.pdf')), 'locked.pdf'));
    expect(error.key).toBe('importer.pdfEncrypted');
  });

  it('refuses bytes that only start like a PDF as damaged', async () => {
    const error = await refusal(() => importPdf(new TextEncoder().encode('%PDF-1.7\nnot really a document'), 'cut.pdf'));
    expect(error.key).toBe('importer.pdfCorrupt');
  });

  it('refuses a PDF with more pages than a draft may have, before reading them', async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => '');
    const error = await refusal(() => importPdf(buildPdf(pages), 'book.pdf'));
    expect(error.key).toBe('importer.pdfTooManyPages');
    expect(error.params).toEqual({ name: 'book.pdf', pages: String(MAX_PDF_PAGES + 1), limit: String(MAX_PDF_PAGES) });
  });
});
