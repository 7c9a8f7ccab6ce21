import { isHanCode } from '../text/cjk';

/**
 * The character keys two sentences are compared on: Han characters and Latin letters as they are,
 * every run of digits (and decimal points) as one placeholder, punctuation and spaces dropped. A
 * changed number therefore leaves the rest of the sentence's keys intact, which is what lets a
 * sentence with 3972万元 still find the source sentence that says 3927万元.
 */
export function contentKeys(text: string, from = 0, to = text.length): number[] {
  const keys: number[] = [];
  let inNumber = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const digit = (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
    if (digit || (inNumber && (code === 0x2e || code === 0x2c))) {
      if (!inNumber) keys.push(NUMBER_KEY);
      inNumber = true;
      continue;
    }
    inNumber = false;
    if (isHanCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) keys.push(code);
  }
  return keys;
}

/** Outside the UTF-16 range, so it never collides with a character. */
export const NUMBER_KEY = 0x10000;

/** The distinct bigrams of a key sequence, each packed into one number. */
export function bigramsOf(keys: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < keys.length; i++) out.add(keys[i]! * 0x20000 + keys[i + 1]!);
  return out;
}
