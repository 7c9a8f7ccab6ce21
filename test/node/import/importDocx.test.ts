import { describe, expect, it } from 'vitest';
import { checkDocxExpansion } from '../../../src/node/checkDocxExpansion';
import { importDocx } from '../../../src/node/importDocx';
import { buildDocx } from './buildDocx';
import { refusal } from './refusal';
import { buildZip } from './buildZip';

const BLOCKS = [
  { text: '山区小镇的冷链仓库建成投用', heading: 1 as const },
  { text: '本报讯（记者 林晓）10月12日，位于青石县北坡镇的农产品冷链仓库正式投入使用。' },
  { text: '错峰出售', heading: 2 as const },
  { text: '可储存蔬菜和水果约5000吨', bullet: true },
  { text: '覆盖周边七个村', bullet: true },
];


describe('importDocx', () => {
  it('imports paragraphs, headings and list items each as a paragraph of their own', async () => {
    const { text, warnings } = await importDocx(await buildDocx(BLOCKS), 'draft.docx');
    expect(text).toBe(BLOCKS.map((b) => b.text).join('\n'));
    expect(warnings).toEqual([]);
  });

  it('leaves pictures out and says so', async () => {
    const { text, warnings } = await importDocx(await buildDocx([...BLOCKS, { text: '图为新建的冷库。', image: true }]), 'draft.docx');
    expect(text.split('\n').at(-1)).toBe('图为新建的冷库。');
    expect(warnings).toEqual(['importer.imagesDropped']);
  });

  it('refuses a truncated .docx as corrupt', async () => {
    const whole = await buildDocx(BLOCKS);
    for (const length of [0, 100, Math.floor(whole.length / 2), whole.length - 10]) {
      const error = await refusal(() => importDocx(whole.subarray(0, length), 'cut.docx'));
      expect(error.key, `cut at ${length}`).toBe('importer.docxCorrupt');
      expect(error.params).toMatchObject({ name: 'cut.docx' });
    }
  });

  it('refuses a zip that is not a Word document as corrupt', async () => {
    const zip = buildZip([{ name: 'notes.txt', data: Buffer.from('冷库') }]);
    expect((await refusal(() => importDocx(zip, 'notes.docx'))).key).toBe('importer.docxCorrupt');
  });
});

describe('checkDocxExpansion', () => {
  const xml = Buffer.from('<w:document/>');

  it('refuses an archive that declares more than the limit, without inflating it', () => {
    const zip = buildZip([
      { name: 'word/document.xml', data: xml, declaredSize: 150 * 1024 * 1024 },
      { name: 'word/media/a.bin', data: xml, declaredSize: 150 * 1024 * 1024 },
    ]);
    expect(() => checkDocxExpansion(zip, 'bomb.docx')).toThrow(
      expect.objectContaining({ key: 'importer.docxTooLarge', params: { name: 'bomb.docx', limit: '100 MB' } }),
    );
  });

  it('refuses a part compressed at an absurd ratio (a classic zip bomb)', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const zip = buildZip([{ name: 'word/document.xml', data: zeros }]);
    expect(zip.byteLength).toBeLessThan(100 * 1024);
    expect(() => checkDocxExpansion(zip, 'bomb.docx')).toThrow(expect.objectContaining({ key: 'importer.docxTooLarge' }));
  });

  it('refuses a part that expands past the size it declares, stopping at the declared size', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = buildZip([{ name: 'word/document.xml', data: zeros, declaredSize: 4096 }]);
    const before = process.memoryUsage().arrayBuffers;
    expect(() => checkDocxExpansion(zip, 'liar.docx')).toThrow(expect.objectContaining({ key: 'importer.docxTooLarge' }));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses a part that holds less than it declares, and an unknown compression method', () => {
    const short = buildZip([{ name: 'word/document.xml', data: xml, declaredSize: xml.length + 10 }]);
    expect(() => checkDocxExpansion(short, 'a.docx')).toThrow(expect.objectContaining({ key: 'importer.docxCorrupt' }));
    const stored = Buffer.from(buildZip([{ name: 'word/document.xml', data: xml, stored: true }]));
    stored.writeUInt16LE(99, stored.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(() => checkDocxExpansion(stored, 'a.docx')).toThrow(expect.objectContaining({ key: 'importer.docxCorrupt' }));
  });

  it('accepts a real .docx', async () => {
    const docx = await buildDocx(BLOCKS);
    expect(() => checkDocxExpansion(docx, 'draft.docx')).not.toThrow();
  });
});
