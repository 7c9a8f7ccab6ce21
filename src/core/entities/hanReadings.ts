import { HAN_READINGS, SYLLABLES } from './hanReadingsTable';

export const FIRST_HAN = 0x4e00;
export const LAST_HAN = 0x9fff;

let table: { syllables: string[]; perChar: string[] } | undefined;
const NONE: readonly string[] = [];

/**
 * Every toneless reading of one CJK Unified Ideograph (行 → xing, han, hen), -ng read as -n; none
 * outside U+4E00–U+9FFF. The table is a generated string split on first use, so a run that
 * compares no names pays nothing for it.
 */
export function readingsOf(ch: string): readonly string[] {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code < FIRST_HAN || code > LAST_HAN) return NONE;
  table ??= { syllables: SYLLABLES.split(' '), perChar: HAN_READINGS.split(' ') };
  const ids = table.perChar[code - FIRST_HAN] ?? '';
  const out: string[] = [];
  for (let i = 0; i + 2 <= ids.length; i += 2) out.push(table.syllables[parseInt(ids.slice(i, i + 2), 36)]!);
  return out;
}
