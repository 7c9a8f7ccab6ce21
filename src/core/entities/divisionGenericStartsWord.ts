/**
 * Common words a city or county generic starts (新兴|市场, 城乡|区域): there the generic is no generic.
 * 市政府, 市政协 and 县城 are the division's own.
 */
const DIVISION_GENERIC_STARTS_WORD = /^(?:市场|市政(?!府|协|务)|市值|市价|市面|市容|市井|市区|市郊|区域|区别|区分|区间|区块|区位|区划|旗帜|旗舰|旗下|旗袍|旗号|[县市区](?:以上|以下))/;

/** Whether the 市, 县, 区 or 旗 at `at` starts a common word instead of ending a division's name. */
export function divisionGenericStartsWord(text: string, at: number): boolean {
  return DIVISION_GENERIC_STARTS_WORD.test(text.slice(at, at + 3));
}
