import { toHalfWidth } from '../text/cjk';
import type { DiffOptions } from './revisionDiff';

/**
 * The form two texts are compared in under the ignore options: whitespace dropped, full-width
 * forms folded to half-width. Equal keys mean the difference is trivial.
 */
export function ignoreKeyFn(options: DiffOptions): ((text: string) => string) | null {
  const ws = options.ignoreWhitespace === true;
  const width = options.ignorePunctuationWidth === true;
  if (!ws && !width) return null;
  return (text) => {
    let key = width ? toHalfWidth(text) : text;
    if (ws) key = key.replace(/[\s\u3000]+/g, '');
    return key;
  };
}
