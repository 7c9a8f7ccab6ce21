import { isHanCode } from '../text/cjk';

/** Characters that end words, not names (高兴地说, 他们表示, 李明所在), by UTF-16 code. */
const NOT_IN_NAME = new Set([...'地的得了们着都也还就又再这那他她我你您其某所'].map((ch) => ch.charCodeAt(0)));
/** How the names of bodies end (卫生部, 国资委, 基金公司, 业内人士): a reading that ends so is no person's name. */
const BODY_ENDING = /(?:[部委局厅署办司]|基金|集团|银行|人士)$/;
/** The last characters of those endings, by code: most readings end in none and are let through without a string made. */
const BODY_ENDING_LAST = new Set([...'部委局厅署办司金团行士'].map((ch) => ch.charCodeAt(0)));
/** Middle dots joining the parts of a minority name (阿依古丽·买买提). */
export const NAME_DOTS = '·•・';

/**
 * Whether text[start, end) may be a person's name: Han characters (and name dots when `dots`),
 * none that ends words rather than names, and no ending of a body's name (部, 委, 公司, 人士). Read by character code, in place: the people finders
 * ask this at many positions of a draft.
 */
export function mayBeName(text: string, start: number, end: number, dots: boolean): boolean {
  if (end > text.length) return false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (NOT_IN_NAME.has(code) || !(isHanCode(code) || (dots && NAME_DOTS.includes(text[k]!)))) return false;
  }
  return !(BODY_ENDING_LAST.has(text.charCodeAt(end - 1)) && BODY_ENDING.test(text.slice(Math.max(start, end - 2), end)));
}
