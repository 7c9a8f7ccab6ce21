import type { PlaceLevel } from './place';

/** Ethnic designations inside autonomous-area names: 广西壮族自治区 → 广西, 临夏回族自治州 → 临夏. */
const AUTONOMOUS = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族|维吾尔)*自治(?:区|州|县|旗)$/;
const GENERIC = /(?:特别行政区|地区|林区|特区|省|市|县|区|旗|盟)$/;

/**
 * The form a division is usually written without its generic (甘肃省 → 甘肃, 会宁县 → 会宁,
 * 白银市 → 白银); undefined for towns, whose bare names are too ambiguous, and when fewer than two characters remain.
 */
export function shortNameOf(name: string, level: PlaceLevel): string | undefined {
  if (level === 'town') return undefined;
  const short = AUTONOMOUS.exec(name)?.[1] ?? name.replace(GENERIC, '');
  return short.length >= 2 && short !== name ? short : undefined;
}
