import { isHan } from '../text/cjk';
import { mentionForm, type Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { surnameLength } from './surnames';

/** Bylines: the role, then one or more names separated by spaces (记者 张三 通讯员 李四). */
const BYLINE_RE = /(特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|责任编辑|编辑|作者)[\s\u3000:：]*/g;
/** Titles and roles written straight before a name (执行董事李应发, 副主任医师易丽萍). Longest first. */
const TITLES = [
  '执行董事', '董事长', '总经理', '副总经理', '经理', '副主任医师', '主任医师', '主治医师', '医师', '医生', '护士长', '教授',
  '副教授', '研究员', '副研究员', '工程师', '高级工程师', '院长', '副院长', '校长', '副校长', '局长', '副局长', '书记',
  '党委书记', '县长', '副县长', '市长', '副市长', '镇长', '乡长', '村长', '区长', '主任', '副主任', '主席', '副主席',
  '调研员', '四级调研员', '负责人', '队长', '站长', '所长', '科长', '处长', '厅长', '部长', '社长', '理事长', '会长',
  '秘书长', '技术员', '村民', '农民', '老师', '教师', '律师', '法官', '警官', '民警', '代表', '委员', '创始人', '董事',
  '厂长', '总监', '专家', '志愿者', '党支部书记', '村党支部书记', '第一书记', '驻村干部',
].sort((a, b) => b.length - a.length);
const TITLE_RE = new RegExp(TITLES.join('|'), 'g');
/** What may follow a name after a title: an attribution verb, a preposition, punctuation. */
const AFTER_TITLED = /^(?:说|表示|介绍|告诉|认为|指出|称|坦言|说道|笑着|感慨|强调|透露|回忆|解释|补充|在|向|对|也|还|就|正|等|和|与|带|把|将|是|[^\u3400-\u9fff]|$)/;
const AFTER_BYLINE = /^(?:报道|摄|讯|发|[^\u3400-\u9fff]|$)/;
const ATTRIBUTION_RE = /(?<=^|[，。、：；“”‘’！？,:;!?\s])([\u4e00-\u9fff]{2,3})(?=说|表示|介绍|告诉记者)/g;
/** Characters that end words, not names: 高兴地说, 他们表示. */
const NOT_IN_NAME = /[地的得了们着都也还就又再这那他她我你您其某]/;

/**
 * People, from the three places Chinese news names them: bylines, a title before the name,
 * and an attribution verb after a name standing after punctuation. The name must start with a surname.
 */
export function extractPeople(scope: ParagraphScope): Mention[] {
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const add = (start: number, length: number, title: string | undefined): void => {
    if (taken.has(start)) return;
    taken.add(start);
    mentions.push(personMention(scope, start, length, title));
  };
  const { text } = scope;
  for (const m of text.matchAll(BYLINE_RE)) {
    let at = m.index + m[0].length;
    for (;;) {
      const length = nameLengthAt(text, at, AFTER_BYLINE);
      if (!length) break;
      add(at, length, m[1]);
      at += length;
      while (text[at] === ' ' || text[at] === '\u3000' || text[at] === '、') at++;
    }
  }
  for (const m of text.matchAll(TITLE_RE)) {
    const at = m.index + m[0].length;
    const length = nameLengthAt(text, at, AFTER_TITLED);
    if (length) add(at, length, m[0]);
  }
  for (const m of text.matchAll(ATTRIBUTION_RE)) {
    const name = m[1]!;
    if (surnameLength(name) > 0 && !NOT_IN_NAME.test(name)) add(m.index, name.length, undefined);
  }
  return mentions;
}

/** Length of a name (surname first) at `at` that `after` may follow, trying the longest first. */
function nameLengthAt(text: string, at: number, after: RegExp): number {
  const surname = surnameLength(text.slice(at, at + 2));
  if (surname === 0) return 0;
  for (let length = surname + 2; length >= surname + 1; length--) {
    const name = text.slice(at, at + length);
    if (name.length < length || ![...name].every((ch) => isHan(ch)) || NOT_IN_NAME.test(name)) continue;
    if (after.test(text.slice(at + length, at + length + 2))) return length;
  }
  return 0;
}

function personMention(scope: ParagraphScope, start: number, length: number, title: string | undefined): Mention {
  const text = scope.text.slice(start, start + length);
  const abs = scope.offset + start;
  const mention: Mention = {
    kind: 'person',
    start: abs,
    end: abs + length,
    text,
    form: mentionForm(abs, abs + length, text),
    category: 'person',
    sentence: scope.sentenceAt(start),
  };
  if (title) mention.title = title;
  return mention;
}
