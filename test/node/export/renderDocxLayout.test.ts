import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBlocks } from '../../../src/core/cleanCopy/exportBlocks';
import { hasIndentedParagraphs } from '../../../src/core/text/indentedParagraphs';
import { renderDocx } from '../../../src/node/export/renderDocx';

const DRAFT = '山村小学有了新操场\n\n\u3000\u3000开学第一天，孩子们在新操场上跑了一圈又一圈。\n  校长说，操场是村里人一起出力修的。';

async function parts(indented: boolean): Promise<{ document: string; styles: string }> {
  const files = unzipSync(await renderDocx(exportBlocks(DRAFT), 'draft', { indented }));
  return { document: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!) };
}

describe('renderDocx layout', () => {
  it('sets the text in SimSun and the title in black, not in Word heading blue', async () => {
    const { styles } = await parts(false);
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    const heading = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading).toMatch(/<w:color w:val="000000"\/>/);
  });

  it('turns leading spaces into 首行缩进 2 字符 when the draft indented its paragraphs', async () => {
    expect(hasIndentedParagraphs(DRAFT)).toBe(true);
    const { document } = await parts(true);
    expect(document.match(/w:firstLineChars="200"/g)).toHaveLength(2);
    expect(document).not.toMatch(/<w:t[^>]*>[\u3000 ]/);
  });

  it('indents nothing in a draft without indents', async () => {
    expect(hasIndentedParagraphs('标题\n\n第一段。\n第二段。\n   \n')).toBe(false);
    expect((await parts(false)).document).not.toMatch(/firstLineChars/);
  });
});
