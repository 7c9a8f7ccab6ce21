import type { Lang } from '../../i18n/lang';
import type { MessageKey } from '../../i18n/messages';
import { cachedMessage } from './cachedMessage';

/** The full-width mark GB/T 15834 asks for in Chinese text, by half-width mark. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）',
};

const NAME_KEY: Readonly<Record<string, MessageKey>> = {
  ',': 'punctuation.name.comma',
  ';': 'punctuation.name.semicolon',
  ':': 'punctuation.name.colon',
  '?': 'punctuation.name.question',
  '!': 'punctuation.name.exclamation',
  '.': 'punctuation.name.period',
  '(': 'punctuation.name.parenLeft',
  ')': 'punctuation.name.parenRight',
};

/** The full-width form of a half-width mark or of a run of them (?! → ？！). */
export function fullWidthOf(half: string): string {
  return half.length === 1 ? (FULL_WIDTH[half] ?? half) : [...half].map((ch) => FULL_WIDTH[ch] ?? ch).join('');
}

/** "Use the full-width comma ，, not ," for a half-width mark or a run of them (?!). */
export function halfWidthMessage(lang: Lang, half: string): string {
  const nameKey = half.length === 1 ? NAME_KEY[half] : undefined;
  const name = cachedMessage(lang, nameKey ?? 'punctuation.name.marks');
  return cachedMessage(lang, 'punctuation.halfWidth', { name, full: fullWidthOf(half), half });
}
