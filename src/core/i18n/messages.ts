import { zh } from './zh/index';
import { en } from './en/index';
import type { Lang } from './lang';

export type MessageKey = keyof typeof zh;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Looks up a message and fills `{name}` placeholders; an unknown placeholder is left visible. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
