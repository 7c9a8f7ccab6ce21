import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_RTF_GROUP_DEPTH } from '../../../src/node/draftLimits';
import { importRtf } from '../../../src/node/importRtf';
import { rtfToParagraphs } from '../../../src/node/rtfToParagraphs';
import { refusal } from './refusal';

const bytes = (rtf: string): Uint8Array => new Uint8Array(Buffer.from(rtf, 'latin1'));
const paragraphs = (rtf: string): string[] => rtfToParagraphs(bytes(rtf)).paragraphs;

/** Chinese text as an older Word writes it under \ansicpg936: each GBK byte as \'hh. */
function gbkEscaped(text: string): string {
  return [...iconv.encode(text, 'gbk')].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`)).join('');
}

describe('rtfToParagraphs', () => {
  it('decodes \\\'hh bytes in the declared code page (GBK for \\ansicpg936)', () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${gbkEscaped('冷库建成，菜农受益')}\\par}`;
    expect(paragraphs(rtf)).toEqual(['冷库建成，菜农受益']);
  });

  it("uses a font's charset when the document's code page is Western", () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\froman Times;}{\\f1\\fnil\\fcharset134 SimSun;}}\\f0 Cafe {\\f1 ${gbkEscaped('北坡镇')}}\\par}`;
    expect(paragraphs(rtf)).toEqual(['Cafe 北坡镇']);
  });

  it('reads \\uN escapes and skips the \\ucN fallback characters after them', () => {
    expect(paragraphs('{\\rtf1\\ansi\\uc1\\u20919?\\u24211?\\par}')).toEqual(['冷库']);
    expect(paragraphs(`{\\rtf1\\ansi\\uc2\\u20919\\'c0\\'e4\\u24211\\'bf\\'e2 ok\\par}`)).toEqual(['冷库 ok']);
    expect(paragraphs('{\\rtf1\\ansi\\u-3913?\\par}')).toEqual(['\uf0b7']);
  });

  it('skips tables, pictures, field instructions, headers and any \\* destination, keeping field results', () => {
    const rtf =
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s1 Heading 1;}}' +
      '{\\info{\\title Draft}}{\\*\\generator Writer;}{\\header page header\\par}' +
      'Before {\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt shown}} after{\\*\\bkmkstart b}\\par' +
      '{\\pict\\pngblip 89504e47}{\\v hidden words}visible\\par}';
    const result = rtfToParagraphs(bytes(rtf));
    expect(result.paragraphs).toEqual(['Before shown after', 'visible']);
    expect(result.hasPictures).toBe(true);
  });

  it('ends paragraphs at \\par, \\line and an escaped line break, and keeps escaped braces', () => {
    expect(paragraphs('{\\rtf1 one\\line two\\\n three \\{x\\}\\tab y\\par}')).toEqual(['one', 'two', ' three {x}\ty']);
  });

  it('steps over \\bin data without reading it as text', () => {
    expect(paragraphs('{\\rtf1 a\\bin4 }{xyb\\par}')).toEqual(['ab']);
  });

  it('refuses groups nested past the limit as a damaged RTF', async () => {
    const deep = `{\\rtf1 ${'{'.repeat(MAX_RTF_GROUP_DEPTH + 1)}x${'}'.repeat(MAX_RTF_GROUP_DEPTH + 1)}}`;
    const error = await refusal(() => importRtf(bytes(deep), 'deep.rtf'));
    expect(error.key).toBe('importer.rtfCorrupt');
  });

  it('reports pictures it left out, as the .docx import does', () => {
    expect(importRtf(bytes('{\\rtf1 text{\\pict\\pngblip 00}\\par}'), 'a.rtf')).toEqual({ text: 'text', warnings: ['importer.imagesDropped'] });
  });
});
