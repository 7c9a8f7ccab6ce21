import { HAN_READINGS, SYLLABLES } from './hanReadingsTable';

export const FIRST_HAN = 0x4e00;
export const LAST_HAN = 0x9fff;

let table: { syllables: string[]; perChar: string[]; decoded: (readonly string[] | undefined)[] } | undefined;
const NONE: readonly string[] = [];

/**
 * Every toneless reading of one CJK Unified Ideograph (行 → xin, han, hen: -ng read as -n); none
 * outside U+4E00–U+9FFF. The table is a generated string split on first use, so a run that
 * compares no names pays nothing for it; a character's readings are decoded once.
 */
export function readingsOf(ch: string): readonly string[] {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code < FIRST_HAN || code > LAST_HAN) return NONE;
  table ??= { syllables: SYLLABLES.split(' '), perChar: HAN_READINGS.split(' '), decoded: [] };
  const slot = code - FIRST_HAN;
  let readings = table.decoded[slot];
  if (!readings) {
    const ids = table.perChar[slot] ?? '';
    const out: string[] = [];
    for (let i = 0; i + 2 <= ids.length; i += 2) out.push(table.syllables[parseInt(ids.slice(i, i + 2), 36)]!);
    table.decoded[slot] = readings = out;
  }
  return readings;
}
