// `docx` (dolanmiu/docx) writes real WordprocessingML with named heading styles, so Word,
// WPS and mammoth read the title back as Heading 1; it is maintained and typed.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { ExportBlock } from '../../core/cleanCopy/exportBlocks';
import { LEADING_INDENT } from '../../core/text/indentedParagraphs';

/**
 * Body text in 宋体 (SimSun, the name every Word and WPS knows it by; Latin text in Times New
 * Roman), the title in 黑体: Word's own heading style would set it in a blue Latin font.
 */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', hint: 'eastAsia' };
const TITLE_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', hint: 'eastAsia' };
/** 小四 (12 pt) body and 三号 (16 pt) title, in the half-points Word counts. */
const BODY_SIZE = 24;
const TITLE_SIZE = 32;
/** 首行缩进 2 字符, in hundredths of a character. */
const TWO_CHARACTERS = 200;

export interface DocxLayout {
  /** The draft indented its paragraphs: each gets 首行缩进 2 字符 in place of its leading spaces. */
  indented: boolean;
}

/** A .docx with one Word paragraph per paragraph of clean copy and the title as Heading 1, set as a Chinese newsroom expects. */
export async function renderDocx(blocks: readonly ExportBlock[], title: string, layout: DocxLayout = { indented: false }): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === 'title') return new Paragraph({ text: b.text.trim(), heading: HeadingLevel.HEADING_1 });
    if (!layout.indented || b.text.trim() === '') return new Paragraph({ text: b.text });
    return new Paragraph({ text: b.text.replace(LEADING_INDENT, ''), indent: { firstLineChars: TWO_CHARACTERS } });
  });
  const document = new Document({
    title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE } },
        heading1: { run: { font: TITLE_FONT, size: TITLE_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
