import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

export interface DocxBlock {
  text: string;
  heading?: 1 | 2;
  bullet?: boolean;
  /** Put a small picture before the text, as a photo with its caption. */
  image?: boolean;
}

/** Any bytes do: the importer must never read a picture, so it never finds out this is no PNG. */
const PICTURE = new Uint8Array(64).fill(0x89);

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/** Writes a real .docx with the docx package, as Word would lay it out: one block per paragraph. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const children = blocks.map(
    (block) =>
      new Paragraph({
        children: [
          ...(block.image ? [new ImageRun({ type: 'png', data: PICTURE, transformation: { width: 40, height: 30 } })] : []),
          new TextRun(block.text),
        ],
        ...(block.heading ? { heading: HEADINGS[block.heading] } : {}),
        ...(block.bullet ? { bullet: { level: 0 } } : {}),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
