import { isHanCode } from '../text/cjk';

/** Characters that end words, not names (高兴地说, 他们表示, 李明所在), by UTF-16 code. */
const NOT_IN_NAME = new Set([...'地的得了们着都也还就又再这那他她我你您其某所'].map((ch) => ch.charCodeAt(0)));
/** How the names of bodies end (卫生部, 国资委, 基金公司, 业内人士): a reading that ends so is no person's name. */
const BODY_ENDING = /(?:[部委局厅署办司]|基金|集团|银行|人士)$/;
/** The last characters of those endings, by code: most readings end in none and are let through without a string made. */
const BODY_ENDING_LAST = new Set([...'部委局厅署办司金团行士'].map((ch) => ch.charCodeAt(0)));
/**
 * Words for kin and for people by role that start with a surname's character (母亲, 师傅, 文艺界): a reading
 * that starts with one is that word (母亲|说, 师傅|说), no person's name.
 */
const PERSON_NOUNS = new Set(['母亲', '师傅', '师父', '师兄', '师姐', '师生', '文艺', '丈夫', '儿子', '女儿', '老人', '老伴', '老乡', '老板', '同事', '同学', '同志', '姐姐', '哥哥', '弟弟', '妹妹', '叔叔', '舅舅', '奶奶', '爷爷']);
/** The first characters of those words, by code: most readings start with none. */
const PERSON_NOUN_FIRST = new Set([...PERSON_NOUNS].map((w) => w.charCodeAt(0)));
/** Middle dots joining the parts of a minority name (阿依古丽·买买提). */
export const NAME_DOTS = '·•・';

/**
 * Whether text[start, end) may be a person's name: Han characters (and name dots when `dots`),
 * none that ends words rather than names, no word for kin or a role at its start (母亲, 师傅), and
 * no ending of a body's name (部, 委, 公司, 人士). Read by character code, in place: the people finders
 * ask this at many positions of a draft.
 */
export function mayBeName(text: string, start: number, end: number, dots: boolean): boolean {
  if (end > text.length) return false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (NOT_IN_NAME.has(code) || !(isHanCode(code) || (dots && NAME_DOTS.includes(text[k]!)))) return false;
  }
  if (PERSON_NOUN_FIRST.has(text.charCodeAt(start)) && end - start >= 2 && PERSON_NOUNS.has(text.slice(start, start + 2))) return false;
  return !(BODY_ENDING_LAST.has(text.charCodeAt(end - 1)) && BODY_ENDING.test(text.slice(Math.max(start, end - 2), end)));
}
