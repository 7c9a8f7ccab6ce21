import { zh } from './zh/index';
import { en } from './en/index';
import type { Lang } from './lang';

export type MessageKey = keyof typeof zh;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

/**
 * Looks up a message and fills `{name}` placeholders; an unknown placeholder is left visible.
 * Keys built from data (a rule or claim type read from a colleague's review file) may name no
 * message: the key itself is shown then, readable and never a crash.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = hasMessage(key) ? catalogues[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** Whether `key` names a message (own keys only: `constructor` or `__proto__` name none). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}
