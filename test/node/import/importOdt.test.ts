import { describe, expect, it } from 'vitest';
import { importOdt } from '../../../src/node/importOdt';
import { buildZip } from './buildZip';
import { refusal } from './refusal';
import { formatMegabytes, MAX_DOCX_EXPANDED_BYTES } from '../../../src/node/draftLimits';

const MIMETYPE = { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true };

function odt(body: string): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:draw="d">' +
    `<office:automatic-styles><style:style/></office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return buildZip([MIMETYPE, { name: 'content.xml', data: Buffer.from(xml) }]);
}

describe('importOdt', () => {
  it('imports headings, paragraphs and list items each as a paragraph, with spaces, tabs and line breaks', () => {
    const body =
      '<text:h text:outline-level="1">冷库建成投用</text:h><text:p>本报讯<text:s/>10月12日，冷库投用。</text:p>' +
      '<text:list><text:list-item><text:p>储存蔬菜<text:tab/>5000吨</text:p></text:list-item></text:list>' +
      '<text:p>第一行<text:line-break/>第二行 &amp; 附注</text:p>';
    expect(importOdt(odt(body), 'a.odt')).toEqual({ text: '冷库建成投用\n本报讯 10月12日，冷库投用。\n储存蔬菜 5000吨\n第一行\n第二行 & 附注', warnings: [] });
  });

  it('leaves out notes, comments and tracked deletions, and reports pictures it left out', () => {
    const body =
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的字</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>正文<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p></text:note-body></text:note>' +
      '<office:annotation><text:p>批注</text:p></office:annotation>继续。</text:p>' +
      '<text:p><draw:frame><draw:image/></draw:frame>图为冷库。</text:p>';
    expect(importOdt(odt(body), 'a.odt')).toEqual({ text: '正文继续。\n图为冷库。', warnings: ['importer.imagesDropped'] });
  });

  it('refuses a truncated archive and one without content.xml as damaged', async () => {
    const whole = odt('<text:p>冷库</text:p>');
    expect((await refusal(() => importOdt(whole.subarray(0, whole.length - 10), 'cut.odt'))).key).toBe('importer.odtCorrupt');
    const empty = buildZip([MIMETYPE]);
    expect((await refusal(() => importOdt(empty, 'empty.odt'))).key).toBe('importer.odtCorrupt');
  });

  it('refuses a zip bomb as .docx ones are, before inflating content.xml', async () => {
    const bomb = buildZip([MIMETYPE, { name: 'content.xml', data: new Uint8Array(20 * 1024 * 1024) }]);
    const error = await refusal(() => importOdt(bomb, 'bomb.odt'));
    expect(error.key).toBe('importer.odtTooLarge');
    expect(error.params).toEqual({ name: 'bomb.odt', limit: formatMegabytes(MAX_DOCX_EXPANDED_BYTES) });
  });
});
