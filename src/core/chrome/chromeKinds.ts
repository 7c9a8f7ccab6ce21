import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { ChromeBlock } from './pageChrome';

/** What the recognised chrome is, in words (页面导航（当前位置）、版权声明), each kind once. */
export function chromeKinds(lang: Lang, blocks: readonly ChromeBlock[]): string {
  const kinds = [...new Set(blocks.flatMap((b) => b.kinds))];
  return kinds.map((kind) => t(lang, `cleanCopy.kind.${kind}`)).join(t(lang, 'chrome.kindSeparator'));
}
