import { describe, expect, it } from 'vitest';
import { pdfParagraphs } from '../../../src/node/pdfParagraphs';
import { pdfTextLines, type PdfLine, type PdfTextRun } from '../../../src/node/pdfTextLines';

/** Lines of 12-point text, 18 points apart, from the left margin at 72 to the right one at 522 unless given. */
function lines(specs: { text: string; right?: number; left?: number; gap?: number; size?: number; page?: number }[]): PdfLine[] {
  let baseline = 770;
  return specs.map((s) => {
    baseline -= s.gap ?? 18;
    return { text: s.text, page: s.page ?? 1, left: s.left ?? 72, right: s.right ?? 522, baseline, size: s.size ?? 12 };
  });
}

/** The paragraphs' texts only. */
function paragraphTexts(pdfLines: PdfLine[]): string[] {
  return pdfParagraphs(pdfLines).map((p) => p.text);
}

describe('pdfParagraphs', () => {
  it('joins wrapped Chinese lines without a space and Latin ones with one', () => {
    expect(paragraphTexts(lines([{ text: '冷链仓库今年' }, { text: '投入使用。', right: 200 }]))).toEqual(['冷链仓库今年投入使用。']);
    expect(paragraphTexts(lines([{ text: 'The ferry' }, { text: 'runs again.', right: 200 }]))).toEqual(['The ferry runs again.']);
  });

  it('starts a paragraph after a short line, at wider spacing, at an indent and at a change of size', () => {
    const paragraphs = paragraphTexts(
      lines([
        { text: '山区小镇', size: 18, right: 300 },
        { text: '第一段第一行' },
        { text: '第一段结束。', right: 300 },
        { text: '第二段紧接着' },
        { text: '第二段结束' },
        { text: '第三段在段距之后', gap: 27 },
        { text: '第四段缩进两字', left: 96 },
      ]),
    );
    expect(paragraphs).toEqual(['山区小镇', '第一段第一行第一段结束。', '第二段紧接着第二段结束', '第三段在段距之后', '第四段缩进两字']);
  });

  it("ends a paragraph at a short line only if the next line's first piece would have fitted in the room left", () => {
    const twoEmsShort = 522 - 24;
    expect(paragraphTexts(lines([{ text: '达成就业意向', right: twoEmsShort }, { text: '1948人。' }, { text: '末行', right: 200 }]))).toEqual(['达成就业意向1948人。末行']);
    expect(paragraphTexts(lines([{ text: '他说：', right: twoEmsShort }, { text: '“我们', right: 522 }, { text: '末行', right: 200 }]))).toEqual(['他说：“我们末行']);
    expect(paragraphTexts(lines([{ text: '第一段。', right: twoEmsShort }, { text: '北坡镇' }, { text: '末行', right: 200 }]))).toEqual(['第一段。', '北坡镇末行']);
  });

  it('carries a paragraph over a page break when the last line is full and the next is not indented', () => {
    expect(pdfParagraphs(lines([{ text: '跨页的' }, { text: '段落。', page: 2, right: 200 }]))).toEqual([{ text: '跨页的段落。', page: 1 }]);
  });
});

describe('pdfTextLines', () => {
  const run = (str: string, x: number, width: number, hasEOL = false, y = 700): PdfTextRun => ({ str, transform: [12, 0, 0, 12, x, y], width, hasEOL });

  it('drops the narrow gap set between Chinese and Latin characters and keeps a typed space', () => {
    const [line] = pdfTextLines([run('本报讯', 72, 36), run(' ', 108, 3.1), run('3', 111, 7), run(' ', 118, 2.4), run('月', 120.4, 12, true)], 1);
    expect(line!.text).toBe('本报讯 3月');
    expect(line).toMatchObject({ left: 72, right: 132.4, size: 12 });
  });

  it('starts a new line at an end-of-line mark or a new baseline', () => {
    const result = pdfTextLines([run('第一行', 72, 36, true), run('第二行', 72, 36, false, 680), run('第三行', 72, 36, false, 660)], 1);
    expect(result.map((l) => l.text)).toEqual(['第一行', '第二行', '第三行']);
  });
});
