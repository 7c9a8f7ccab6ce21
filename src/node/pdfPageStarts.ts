import { documentText } from './importedDocument';
import type { PdfParagraph } from './pdfParagraphs';

/** A PDF's text laid out as documentText does, with the offset in it where each page starts. */
export interface PagedText {
  text: string;
  /** One offset per page: where its first paragraph starts; a page without one starts where the next text does. */
  pageStarts: number[];
}

/**
 * Lays out the paragraphs one per line (documentText) and notes where each page starts, so a
 * finding in a PDF source can name its page. A paragraph carried over a page break counts as on
 * the page where it starts, which is where a reader looks for it.
 */
export function pdfPageStarts(paragraphs: readonly PdfParagraph[], pageCount: number): PagedText {
  const laidOut = paragraphs.map((p) => ({ text: documentText([p.text]), page: p.page })).filter((p) => p.text !== '');
  const text = laidOut.map((p) => p.text).join('\n');
  const pageStarts: number[] = [];
  let offset = 0;
  let next = 0;
  for (let page = 1; page <= pageCount; page++) {
    while (next < laidOut.length && laidOut[next]!.page < page) offset += laidOut[next++]!.text.length + 1;
    pageStarts.push(Math.min(offset, text.length));
  }
  return { text, pageStarts };
}
