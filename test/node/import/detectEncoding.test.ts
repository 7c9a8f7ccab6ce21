import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/node/decodeText';
import { detectEncoding } from '../../../src/node/detectEncoding';
import { coldStorageText } from './fixtures';

const encode = (text: string, encoding: string, addBOM = false): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM }));

const labelOf = (bytes: Uint8Array): string | undefined => {
  const detected = detectEncoding(bytes);
  return detected.binary ? undefined : detected.label;
};

/** Short lines of the kind that fool chardet: a dateline, a caption, a one-sentence lead. */
const SHORT_SIMPLIFIED = [
  '本报讯（记者 林晓）',
  '图为北坡镇新建的冷链仓库。',
  '今年夏天，县里的加工厂新招了二十多名工人。',
  '记者从镇政府获悉，全镇共有农户三千余户。',
  '据了解，该项目总投资约八千万元，预计明年六月建成投产。',
  '王大成说：“白菜价格稳了，心里就踏实了。”',
];

const SHORT_TRADITIONAL = [
  '本報訊（記者 林曉）',
  '圖為北坡鎮新建的冷鏈倉庫。',
  '記者從鎮政府獲悉，全鎮共有農戶三千餘戶。',
  '據了解，該項目總投資約八千萬元，預計明年六月建成投產。',
];

describe('detectEncoding', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    const text = coldStorageText();
    expect(labelOf(encode(text, 'utf8'))).toBe('UTF-8');
    expect(labelOf(encode(text, 'utf8', true))).toBe('UTF-8 BOM');
    expect(labelOf(encode(text, 'utf16le', true))).toBe('UTF-16LE');
    expect(labelOf(encode(text, 'utf16be', true))).toBe('UTF-16BE');
  });

  it('recognises UTF-16 without a BOM by its NULs, and Chinese-only UTF-16 by its text', () => {
    const text = coldStorageText();
    expect(labelOf(encode(text, 'utf16le'))).toBe('UTF-16LE');
    expect(labelOf(encode(text, 'utf16be'))).toBe('UTF-16BE');
    const hanOnly = '冷库建成以后，菜农不再担心白菜烂在地里，收入也比去年多了一些。';
    expect(labelOf(encode(hanOnly, 'utf16le'))).toBe('UTF-16LE');
    expect(labelOf(encode(hanOnly, 'utf16be'))).toBe('UTF-16BE');
  });

  it('reads the whole draft in GBK without a BOM as GB18030', () => {
    expect(labelOf(encode(coldStorageText(), 'gbk'))).toBe('GB18030');
  });

  it.each(SHORT_SIMPLIFIED)('reads a short GBK line as GB18030: %s', (line) => {
    const bytes = encode(line, 'gbk');
    expect(labelOf(bytes)).toBe('GB18030');
    expect(decodeText(bytes, 'short.txt').text).toBe(line);
  });

  it.each(SHORT_TRADITIONAL)('reads a short Big5 line as Big5: %s', (line) => {
    const bytes = encode(line, 'big5');
    expect(labelOf(bytes)).toBe('Big5');
    expect(decodeText(bytes, 'short.txt').text).toBe(line);
  });

  it('prefers a declared charset when the bytes are not UTF-8', () => {
    const bytes = encode('圖為北坡鎮新建的冷鏈倉庫。', 'big5');
    expect(labelOf(bytes)).toBe('Big5');
    const declared = detectEncoding(bytes, 'GB18030');
    expect(declared.binary ? undefined : declared.label).toBe('GB18030');
  });

  it('ignores a declared charset when the bytes are valid UTF-8', () => {
    const detected = detectEncoding(encode('冷库', 'utf8'), 'GB18030');
    expect(detected.binary ? undefined : detected.label).toBe('UTF-8');
  });

  it('calls random bytes binary', () => {
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expect(detectEncoding(random).binary).toBe(true);
  });
});

describe('decodeText', () => {
  it('decodes GBK without a BOM and UTF-16 with a BOM to exactly the UTF-8 text', () => {
    const text = coldStorageText();
    const reference = decodeText(encode(text, 'utf8'), 'a.txt');
    for (const [encoding, bom] of [['gbk', false], ['gb18030', false], ['utf16le', true], ['utf16be', true], ['utf8', true]] as const) {
      const decoded = decodeText(encode(text, encoding, bom), 'a.txt');
      expect(decoded.text, encoding).toBe(reference.text);
      expect(decoded.warnings, encoding).toEqual([]);
    }
  });

  it('normalises CRLF, CR and Unicode line separators to \\n and drops the BOM', () => {
    const decoded = decodeText(encode('第一段\r\n第二段\r第三段\u2028第四段', 'utf8', true), 'a.txt');
    expect(decoded.text).toBe('第一段\n第二段\n第三段\n第四段');
    expect(decoded.encoding).toBe('UTF-8 BOM');
  });

  it('keeps characters GB18030 needs four bytes for', () => {
    const line = '新建的仓库旁有一条“𠮷”字路牌，已列入今年的改造计划。';
    const decoded = decodeText(encode(line, 'gb18030'), 'a.txt');
    expect(decoded).toMatchObject({ text: line, encoding: 'GB18030' });
  });

  it('keeps mostly-UTF-8 text as UTF-8 with replacement characters and a warning', () => {
    const bytes = Buffer.concat([Buffer.from(coldStorageText()), Buffer.from([0xff]), Buffer.from('记者 林晓')]);
    const decoded = decodeText(bytes, 'a.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toContain('\ufffd记者 林晓');
    expect(decoded.warnings).toContain('importer.invalidBytes');
  });

  it('shows Latin-1 text as UTF-8 with replacement characters rather than inventing Chinese', () => {
    const decoded = decodeText(encode('Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9 of the day.', 'latin1'), 'a.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe('Caf\ufffd cr\ufffdme, na\ufffdve r\ufffdsum\ufffd of the day.');
  });
});
