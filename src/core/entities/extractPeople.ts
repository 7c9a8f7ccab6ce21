import { mentionForm, type Mention } from './mention';
import { mayBeName, NAME_DOTS } from './nameCharacters';
import { namesBeforeTitles } from './namesBeforeTitles';
import type { ParagraphScope } from './paragraphScope';
import { surnameLength } from './surnames';
import type { TitledCandidate } from './titledCandidates';
import { TITLES } from './titleWords';
import { isOneWord } from './wordBounds';
import { allMatches } from '../text/allMatches';
import { attributedNames } from './attributedNames';

/** Bylines: the role, then one or more names separated by spaces (记者 张三 通讯员 李四). */
const BYLINE_RE = /(特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|责任编辑|编辑|作者)[\s\u3000:：]*/g;
const TITLE_RE = new RegExp(TITLES.join('|'), 'g');
/** Verbs of two characters that follow a titled name (主任李明表示); right after the title, no name stands between (总书记强调). */
const TITLED_VERBS = '表示|介绍|告诉|认为|指出|坦言|说道|笑着|感慨|强调|透露|回忆|解释|补充|出席|主持|会见|会晤|接见|要求|调研|考察|视察|看望|慰问|参加|讲话|致辞|宣布|率领|访问|前往|抵达|签署|发表|听取|按照|根据|通过';
/** When a titled person did it, written between the name and the verb (副主席陈俊生今天会见…, 总理李明昨天在…). */
const TIME_AFTER_NAME = '今天|昨天|明天|前天|今年|去年|明年|近日|日前|当天|当日|上午|下午|中午|晚上|早上|傍晚|凌晨|此前|近期|随后|一行';
/** What may follow a name after a title: an attribution verb, a preposition, a time, punctuation. */
const AFTER_TITLED = new RegExp(`^(?:说|称|${TITLED_VERBS}|${TIME_AFTER_NAME}|在|向|对|也|还|就|正|已|曾|又|等|和|与|同(?!志)|跟|带|把|将|是|[^\\u3400-\\u9fff]|$)`);
/** Adverbs and prepositions that open what a titled person did (总书记关于…, 主席高度评价): right after the title, no name stands between. */
const PREDICATE_OPENERS = '关于|明确|高度|曾经|全面|严肃|郑重|亲自|专门|多次|始终|一再|充分|深刻|特别';
const VERB_AFTER_TITLE = new RegExp(`^(?:${TITLED_VERBS}|${PREDICATE_OPENERS})`);
/** 应当说, 应该说: "it must be said", no one saying it. */
const DISCOURSE_SAY = new Set(['应当', '应该']);
const AFTER_BYLINE = /^(?:报道|摄|讯|发|[^\u3400-\u9fff]|$)/;
const AFFILIATION = '单位';
/** The character every photo credit holds. */
const PHOTO_CREDIT = '摄';
/** A photo credit: a name, 摄, then a bracket, a space or the line's end (龚某某摄（影像中国）). */
const PHOTO_CREDIT_RE = /(?<=^|[\s\u3000，。：:；;、）)])([\u4e00-\u9fff]{2,3})摄(?=[（(\s\u3000]|$)/g;
/** The particle that ends a modifier (目睹了全过程的|于金山回忆说): any noun may follow it. */
const ATTRIBUTIVE = '的';

/**
 * People, from the places Chinese news names them: bylines and photo credits, a title before the
 * name or after it (namesBeforeTitles.ts), and an attribution or statement verb after a name standing
 * after punctuation. The name must start with a surname.
 */
export function extractPeople(scope: ParagraphScope): { people: Mention[]; titled: TitledCandidate[] } {
  const mentions: Mention[] = [];
  const titled: TitledCandidate[] = [];
  const taken = new Set<number>();
  const add = (start: number, length: number, title: string | undefined): void => {
    if (taken.has(start)) return;
    taken.add(start);
    mentions.push(personMention(scope, start, length, title));
  };
  const { text } = scope;
  // Indexed loops: this runs on every paragraph, cold in a one-shot check, where for-of allocates per step (docs/architecture.md, "Cold code").
  const bylines = allMatches(BYLINE_RE, text);
  for (let k = 0; k < bylines.length; k++) {
    const m = bylines[k]!;
    // 作者单位：the author's institution, not a name.
    if (text.startsWith(AFFILIATION, m.index + m[1]!.length)) continue;
    let at = m.index + m[0].length;
    for (;;) {
      const length = nameLengthAt(text, at, AFTER_BYLINE);
      if (!length) break;
      add(at, length, m[1]);
      at += length;
      while (text[at] === ' ' || text[at] === '\u3000' || text[at] === '、') at++;
    }
  }
  const titles = allMatches(TITLE_RE, text);
  for (let k = 0; k < titles.length; k++) {
    const m = titles[k]!;
    const at = m.index + m[0].length;
    if (VERB_AFTER_TITLE.test(text.slice(at, at + 2))) continue;
    const length = nameLengthAt(text, at, AFTER_TITLED);
    if (length) {
      if (!joinsAnotherNoun(scope, at, at + length)) add(at, length, m[0]);
      continue;
    }
    // What follows does not tell the name's length: the draft may, by writing the name again. A
    // reading that ends inside a word (陈良代|表) or is one word (应当) is no name.
    const surname = surnameLength(text.slice(at, at + 2));
    const lengths =
      surname === 0
        ? []
        : [surname + 2, surname + 1].filter((l) => mayBeName(text, at, at + l, false) && standsAsName(scope, at, at + l) && !joinsAnotherNoun(scope, at, at + l));
    if (lengths.length > 0) titled.push({ start: scope.offset + at, lengths, title: m[0], sentence: scope.sentenceAt(at) });
  }
  const before = namesBeforeTitles(scope);
  for (let k = 0; k < before.length; k++) add(before[k]![0], before[k]![1], before[k]![2]);
  // The pattern's look-behind is tried at every position: a paragraph without 摄 is passed over whole.
  const credits = text.includes(PHOTO_CREDIT) ? allMatches(PHOTO_CREDIT_RE, text) : [];
  for (let k = 0; k < credits.length; k++) {
    const m = credits[k]!;
    if (surnameLength(m[1]!) > 0 && mayBeName(m[1]!, 0, m[1]!.length, false)) add(m.index, m[1]!.length, '摄影');
  }
  // A name after punctuation or 的, before an attribution verb (说, 表示) or a statement verb (指出,
  // 强调). Statement verbs as often follow a document or a body (文件指出, 党中央强调), so there the
  // name must not be one dictionary word; after 的, see ATTRIBUTIVE.
  const attributed = attributedNames(text);
  for (let k = 0; k < attributed.length; k++) {
    const { index, name, statementVerb } = attributed[k]!;
    if (surnameLength(name) === 0 || !mayBeName(name, 0, name.length, false) || taken.has(index) || joinsAnotherNoun(scope, index, index + name.length)) continue;
    if (DISCOURSE_SAY.has(name) && text[index + name.length] === '说') continue;
    if (text[index - 1] === ATTRIBUTIVE) {
      // After 的 a noun is likelier than a name: its first two characters may not be one word (…的方式|表示, …的谈话|中说, …的国人|来说).
      if (!isOneWord(scope.bounds(), index, index + 2)) add(index, name.length, undefined);
    } else if (statementVerb === undefined || scope.bounds().startOfWordEndingAt(index + name.length) !== index) add(index, name.length, undefined);
  }
  return { people: mentions, titled: titled.filter((c) => !taken.has(c.start - scope.offset)) };
}

/** Whether text[start, end) has word boundaries at both ends and is not itself one dictionary word. */
function standsAsName(scope: ParagraphScope, start: number, end: number): boolean {
  const bounds = scope.bounds();
  return bounds.isBoundary(end) && bounds.startOfWordEndingAt(end) !== start;
}

/** Surnames that are far more often a conjunction or preposition before a word (书记和委员, 主席向世界, ，向记者介绍, ，但校长说). */
const FUNCTION_SURNAMES = '和向但';

/** Whether text[start, end) is such a word and one more noun (和|委员), not a name. */
function joinsAnotherNoun(scope: ParagraphScope, start: number, end: number): boolean {
  if (!FUNCTION_SURNAMES.includes(scope.text[start]!) || end - start < 3) return false;
  return isOneWord(scope.bounds(), start + 1, end);
}

/**
 * Function words and the first characters of verbs and nouns that follow a name (的, 表示, 当天, 教授),
 * none of them used to write foreign or minority names by sound: 都, 则, 拉, 来, 多 and 那 are
 * (阿不都, 艾则孜, 阿卜杜拉, 阿不来提, 马梅多夫), and so are 日, 高 and 赞 (瑟罗耶日金, 格里高利, 比赞),
 * which end a name only as 日前, 高度 and 赞赏.
 */
const ENDS_DOTTED_NAME = /^(?:[的了是在与及于所等一近当同也还又曾已将把被对向为从到说称表回看评教总先女专进警分认指强呼撰共深由兴仗有这个们去上下中小少新老好勋予致承]|日前|高度|赞赏|赞扬|赞叹|赞道|赞誉|赞不|赞同)/;

/** Of what may follow a titled name, the characters no given name ends in (说, 在, 是): 正, 和, 等 and 将 may (王立正). */
const NEVER_ENDS_NAME = '说称在向对也还就把是与';

/** A minority name in parts joined by a middle dot (阿依古丽·买买提), written whole after a title or byline. */
const DOTTED_NAME_RE = /^[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+/;

/** Length of a name at `at` that `after` may follow: a dotted minority name, or surname first, trying the longest first. */
function nameLengthAt(text: string, at: number, after: RegExp): number {
  const dotted = DOTTED_NAME_RE.exec(text.slice(at, at + 40))?.[0];
  if (dotted) {
    // The last part may have run into the verb after it (买买提说): the shortest reading that `after` may follow.
    const lastPartStart = Math.max(...[...NAME_DOTS].map((dot) => dotted.lastIndexOf(dot))) + 1;
    for (let length = lastPartStart + 1; length <= dotted.length; length++) {
      if (after.test(text.slice(at + length, at + length + 2))) return length;
      // Or into whatever prose came next (迈克尔·瑞安|的话, 特雷莎·梅|的发言人): the last part ends before a
      // character prose uses and names written by sound do not.
      if (ENDS_DOTTED_NAME.test(text.slice(at + length, at + length + 2))) return length;
    }
  }
  const surname = surnameLength(text.slice(at, at + 2));
  if (surname === 0) return 0;
  for (let length = surname + 2; length >= surname + 1; length--) {
    if (!mayBeName(text, at, at + length, false)) continue;
    // 赵萍|说, 李强|在, 对农民|来说: no name ends in a word that follows names.
    if (NEVER_ENDS_NAME.includes(text[at + length - 1]!)) continue;
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
