import type { Lang } from './lang';

/** The locale a language's dates and numbers are written in. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * An ISO time as the reader writes it, in their time zone (the runtime's unless one is given):
 * 2026年12月4日 17:37 in Chinese, Dec 4, 2026, 5:37 PM in English. A string that is not a
 * time is returned as it is, so a damaged review file still shows what it holds.
 */
export function formatTime(iso: string, lang: Lang, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
