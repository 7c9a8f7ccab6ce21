import { join } from 'node:path';
import { DraftReadError } from './draftReadError';
import { MAX_PDF_PAGES } from './draftLimits';
import type { ImportedDocument } from './importedDocument';
import { packageRoot } from './packageRoot';
import { pdfPageStarts } from './pdfPageStarts';
import { pdfParagraphs } from './pdfParagraphs';
import { pdfTextLines, type PdfLine, type PdfTextRun } from './pdfTextLines';

/**
 * The text layer of a PDF draft, rebuilt into paragraphs (pdfParagraphs), with a warning that
 * paragraph breaks are inferred. pdf.js does the reading: Mozilla's reader, pure JavaScript, and
 * the most used PDF library on npm; its legacy build runs in Node without a worker thread or a
 * canvas. Nothing in the PDF is run: scripts and font programs are not evaluated, and CJK text set
 * in the standard Chinese fonts is decoded through the character maps pdf.js ships. A PDF whose
 * pages hold no text (a scan) is refused with a message that says so, as are password-protected
 * ones and those past MAX_PDF_PAGES. Where each page starts is handed back for citing a PDF source by page.
 */
export async function importPdf(bytes: Uint8Array, name: string): Promise<ImportedDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, as a plain Uint8Array: pdf.js refuses a Buffer and takes ownership of what it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: characterMapsDir(),
    cMapPacked: true,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw (error as { name?: string }).name === 'PasswordException' ? new DraftReadError('importer.pdfEncrypted', { name }) : error;
    });
    if (document.numPages > MAX_PDF_PAGES) {
      throw new DraftReadError('importer.pdfTooManyPages', { name, pages: String(document.numPages), limit: String(MAX_PDF_PAGES) });
    }
    const lines: PdfLine[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
      lines.push(...pdfTextLines(runs, number));
      page.cleanup();
    }
    const { text, pageStarts } = pdfPageStarts(pdfParagraphs(lines), document.numPages);
    if (text.trim() === '') throw new DraftReadError('importer.pdfNoText', { name });
    return { text, warnings: ['importer.pdfLayout'], pageStarts };
  } catch (error) {
    // pdf.js finds some damage only when a page is read (a broken cross-reference, a page tree that points astray).
    throw error instanceof DraftReadError ? error : new DraftReadError('importer.pdfCorrupt', { name });
  } finally {
    await task.destroy();
  }
}

/** pdf.js's packed CMaps for the predefined CJK encodings, read from disk in Node. */
function characterMapsDir(): string | undefined {
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  return root === undefined ? undefined : join(root, 'node_modules', 'pdfjs-dist', 'cmaps') + '/';
}
