export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Maps a locale tag (zh-CN, en_US.UTF-8, zh_TW) to a supported language; Chinese unless clearly English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en/i.test(locale) ? 'en' : 'zh';
}
