// `docx` (dolanmiu/docx) writes real WordprocessingML with named heading styles, so Word,
// WPS and mammoth read the title back as Heading 1; it is maintained and typed.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { ExportBlock } from '../../core/cleanCopy/exportBlocks';

/** A .docx with one Word paragraph per paragraph of clean copy and the title as Heading 1. */
export async function renderDocx(blocks: readonly ExportBlock[], title: string): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    b.kind === 'title' ? new Paragraph({ text: b.text.trim(), heading: HeadingLevel.HEADING_1 }) : new Paragraph({ text: b.text }),
  );
  const document = new Document({ title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
