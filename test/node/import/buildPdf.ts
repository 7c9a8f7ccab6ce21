/**
 * A minimal PDF with one content stream per page (drawing operators as given), and a correct
 * cross-reference table: enough for pdf.js, and small enough to build pages by the thousand.
 */
export function buildPdf(pageContents: readonly string[], font: string = HELVETICA): Uint8Array {
  const objects: string[] = [];
  const pageIds = pageContents.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = font;
  pageContents.forEach((content, i) => {
    const id = pageIds[i]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * Adobe's standard Chinese font, not embedded, addressed through the predefined UniGB-UCS2-H
 * character map, as older Chinese office software writes PDFs: readable only with that map.
 */
export const SONG_NOT_EMBEDDED =
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 ' +
  '/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor ' +
  '/FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>';

/** Page content that shows one line in the font above, as UCS-2 codes. */
export function ucs2Line(text: string): string {
  return ucs2Lines([{ text, x: 72, y: 770, size: 12 }]);
}

/** A line placed on the page: its text, where its baseline starts, its font size. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** Page content that shows each line where it is placed, in the font above, as UCS-2 codes. */
export function ucs2Lines(lines: readonly PlacedLine[]): string {
  const codes = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return lines.map((l) => `BT /F1 ${l.size} Tf 1 0 0 1 ${l.x} ${l.y} Tm <${codes(l.text)}> Tj ET`).join(' ');
}

/** Page content that shows lines of ASCII text in Helvetica 12 at the left margin, 18 points apart. */
export function textLines(lines: readonly string[]): string {
  return `BT /F1 12 Tf 72 770 Td ${lines.map((l) => `(${l}) Tj 0 -18 Td`).join(' ')} ET`;
}

/** Page content that only paints: a filled rectangle where a scanned page would have its picture. */
export const PAINT_ONLY = '0 0 1 rg 72 72 400 600 re f';

/**
 * Pages set as a printed article is, for the font above: a running head with the page number at
 * the left margin, then each paragraph as one line indented two characters, in type small enough
 * (4 points) for a paragraph of a hundred characters to fit the page, since pdf.js leaves out
 * text past the page's edge and wrapped lines would need the font's real glyph widths.
 */
export function articlePages(pages: readonly (readonly string[])[]): string[] {
  return pages.map((paragraphs, i) =>
    ucs2Lines([{ text: `— ${i + 1} —`, x: 72, y: 800, size: 9 }, ...paragraphs.map((text, j) => ({ text, x: 80, y: 770 - 6 * j, size: 4 }))]),
  );
}
