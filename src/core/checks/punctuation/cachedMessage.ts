import type { Lang } from '../../i18n/lang';
import { t, type MessageKey } from '../../i18n/messages';

/** Marks are few, but runs such as ?!?! or ....... are not: the cache is bounded. */
const MAX_ENTRIES = 1000;
const cache = new Map<string, string>();

/**
 * t() with its result kept: a draft with half-width commas throughout asks for the same few
 * messages thousands of times, and filling placeholders was most of this family's run time.
 */
export function cachedMessage(lang: Lang, key: MessageKey, params: Record<string, string> = {}): string {
  let id = `${lang}\u0000${key}`;
  for (const name in params) id += `\u0000${params[name]}`;
  let message = cache.get(id);
  if (message === undefined) {
    message = t(lang, key, params);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(id, message);
  }
  return message;
}
