import { buildZip } from './buildZip';

const HAN = '临河县北沟镇今年扩种高粱合作社负责人介绍订单已排到年底冷库建成农户收入增加';

/**
 * The team's reproduction of the .docx that killed the process: a Word document whose
 * document.xml holds `xmlBytes` of ordinary paragraphs (varied text, so it compresses like a
 * real one, not like a bomb), wrapped in the minimum parts mammoth needs.
 */
export function hostileDocx(xmlBytes: number): Uint8Array {
  let seed = 7;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < xmlBytes) {
    let text = '';
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += HAN[seed % HAN.length];
    }
    const p = `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(document) },
  ]);
}
