/** The value of a Chinese numeral and the place of its last written digit (its precision). */
export interface ChineseNumeral {
  value: number;
  /** 1 for 三千九百二十七, 10000 for 两万, 0.1 for 三点五: what one step of the last digit is worth. */
  lastPlace: number;
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SECTIONS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads 三千九百二十七, 两万, 一百零五, 十五, 三点五万 and digit-by-digit years (二〇二三).
 * Returns null for anything malformed (万一, 一一, 千万 without a digit), so false numbers in
 * ordinary words are not read as quantities.
 */
export function parseChineseNumeral(text: string, { digitByDigit = false } = {}): ChineseNumeral | null {
  const point = text.indexOf('点');
  if (point !== -1) return parseDecimal(text.slice(0, point), text.slice(point + 1));
  if (digitByDigit && text.length >= 2 && [...text].every((ch) => ch in DIGITS && ch !== '两')) {
    return { value: Number([...text].map((ch) => DIGITS[ch]).join('')), lastPlace: 1 };
  }
  return parseInteger(text);
}

function parseDecimal(intPart: string, rest: string): ChineseNumeral | null {
  const whole = parseInteger(intPart);
  const m = /^([〇零一二三四五六七八九]+)([万亿]?)$/.exec(rest);
  if (!whole || !m) return null;
  const fraction = Number(`0.${[...m[1]!].map((ch) => DIGITS[ch]).join('')}`);
  const scale = m[2] ? SECTIONS[m[2]]! : 1;
  return { value: (whole.value + fraction) * scale, lastPlace: 10 ** -m[1]!.length * scale };
}

function parseInteger(text: string): ChineseNumeral | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastPlace = 1;
  let lastSectionScale = Infinity;
  let lastPlaceInSection = Infinity;
  let sawDigit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch]!;
      sawDigit = true;
      continue;
    }
    if (ch in PLACES) {
      const place = PLACES[ch]!;
      if (place >= lastPlaceInSection) return null;
      if (digit === null && !(place === 10 && section === 0 && total === 0)) return null;
      section += (digit ?? 1) * place;
      lastPlace = place;
      lastPlaceInSection = place;
      digit = null;
      sawDigit = true;
      continue;
    }
    if (ch in SECTIONS) {
      const scale = SECTIONS[ch]!;
      if (!sawDigit || scale >= lastSectionScale) return null;
      section += digit ?? 0;
      if (digit !== null && digit !== 0) lastPlace = 1;
      total += section * scale;
      lastPlace *= scale;
      lastSectionScale = scale;
      lastPlaceInSection = Infinity;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  if (!sawDigit) return null;
  if (digit !== null) {
    if (digit !== 0) {
      // 一百零五: the trailing digit is units; 两万三 (colloquial for 23,000) is not supported.
      if (lastPlaceInSection !== Infinity && !text.includes('零') && lastPlaceInSection > 10) return null;
      lastPlace = 1;
    }
    section += digit;
  }
  return { value: total + section, lastPlace: Math.max(lastPlace, 1e-12) };
}
