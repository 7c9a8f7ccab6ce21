import { seededRandom } from './syntheticDraft';

/**
 * Machine-made single paragraphs of shapes real drafts do contain (a statistics table pasted as
 * one line, a list of dates, a long quotation), grown to a byte size. Each shape draws its pieces
 * from a seeded PRNG so every run measures the same text.
 */
export interface AdversarialShape {
  name: string;
  /** One paragraph of at least `bytes` UTF-8 bytes. */
  paragraph(bytes: number): string;
}

type Draw = () => number;

/** Repeats `piece` (called afresh each time) until the text reaches `bytes` UTF-8 bytes. */
function grow(bytes: number, piece: (random: Draw, i: number) => string): string {
  const random = seededRandom(bytes);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = piece(random, i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

function pick<T>(random: Draw, items: ArrayLike<T>): T {
  return items[Math.floor(random() * items.length)]!;
}

function int(random: Draw, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WEEKDAYS = '一二三四五六日';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国华明志强伟芳丽军平红英文杰玉海云春';
const PLACE_CHARS = '青石河山东西南北安平清水宁远阳泉湖岭';
const UNITS = ['万元', '亿元', '吨', '公里', '千克', '平方米', '人次', '户', '个', '千瓦时'];
const BRACKETS = [['（', '）'], ['【', '】'], ['《', '》'], ['“', '”'], ['‘', '’'], ['〔', '〕']] as const;

/** The correct sentence of issue 20: its one inconsistency is 0.4 ÷ 3.1 = 12.9 %, stated as 12.5 %. */
const CORRECT_SENTENCE =
  '今年以来，全县实现产值3.5亿元，同比增长12.5%，比上年增加0.4亿元；其中农业1.2亿元、工业1.8亿元、服务业0.5亿元，分别占34.3%、51.4%和14.3%。';

function name(random: Draw): string {
  return `${pick(random, SURNAMES)}${pick(random, GIVEN)}${pick(random, GIVEN)}`;
}

function place(random: Draw): string {
  return `${pick(random, PLACE_CHARS)}${pick(random, PLACE_CHARS)}县${pick(random, PLACE_CHARS)}${pick(random, PLACE_CHARS)}镇`;
}

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  {
    name: '其中A项N万元，占比X.Y%， (share table)',
    paragraph: (bytes) => grow(bytes, (r, i) => `其中${LETTERS[i % 26]}项${int(r, 1, 9999)}万元，占比${int(r, 0, 99)}.${int(r, 0, 9)}%，`),
  },
  {
    name: '“ × n then ” × 1,000 (unclosed quotes)',
    paragraph: (bytes) => `${'“'.repeat(Math.max(0, Math.ceil(bytes / 3) - 1000))}${'”'.repeat(1000)}`,
  },
  {
    name: 'random dates with weekdays',
    paragraph: (bytes) => grow(bytes, (r) => `${int(r, 1990, 2030)}年${int(r, 1, 12)}月${int(r, 1, 28)}日（星期${pick(r, WEEKDAYS)}），`),
  },
  {
    name: 'the correct sentence repeated',
    paragraph: (bytes) => grow(bytes, () => CORRECT_SENTENCE),
  },
  {
    name: 'names: people and places',
    paragraph: (bytes) => grow(bytes, (r) => `${place(r)}${name(r)}、`),
  },
  {
    name: 'numbers with units',
    paragraph: (bytes) => grow(bytes, (r) => `${int(r, 1, 9999)}${r() < 0.5 ? `.${int(r, 0, 99)}` : ''}${pick(r, UNITS)}、`),
  },
  {
    name: 'nested brackets, deep',
    paragraph: (bytes) => {
      const depth = Math.ceil(bytes / 9);
      const open: string[] = [];
      const close: string[] = [];
      for (let i = 0; i < depth; i++) {
        const [o, c] = BRACKETS[i % BRACKETS.length]!;
        open.push(`${o}甲`);
        close.push(c);
      }
      return `${open.join('')}${close.reverse().join('')}`;
    },
  },
  {
    name: 'a list of dates',
    paragraph: (bytes) => grow(bytes, (r) => `${int(r, 1, 12)}月${int(r, 1, 31)}日、`),
  },
  {
    name: 'half-width commas in Chinese',
    paragraph: (bytes) => grow(bytes, (r) => `${pick(r, PLACE_CHARS)}${pick(r, GIVEN)},`),
  },
  {
    name: 'doubled words',
    paragraph: (bytes) => grow(bytes, (r) => {
      const word = `${pick(r, PLACE_CHARS)}${pick(r, GIVEN)}`;
      return `${word}${word}，`;
    }),
  },
];
