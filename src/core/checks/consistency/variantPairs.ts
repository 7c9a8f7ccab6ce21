import { singleEdit } from '../../entities/editDistance';
import { soundAlike } from '../../entities/soundAlike';
import { slipAlike } from '../../entities/slipAlike';
import { surnameLength } from '../../entities/surnames';
import { withinWord } from '../typo/commonWord';
import type { TypoLexicon } from '../typo/typoLexicon';

/** One form's statistics, as the pair rules need them. */
export interface FormStats {
  kind: string;
  category: string;
  key: string;
  text: string;
  count: number;
  titles: Set<string>;
  /** Places: denotes a division in this draft's context. */
  verified: boolean;
  /** Places: some division anywhere has this name. */
  known: boolean;
}

/**
 * Characters that make a different name, not a misspelt one, within their class: 东城区/西城区,
 * 第一中学/第二中学. 原 (former) belongs with 新 and 老: 北京大学原计算机研究所 is the same body renamed.
 */
const CONTRAST_CLASSES = ['东西南北中上下前后左右内外', '大小新老旧原正副高低长短', '一二三四五六七八九十百千甲乙丙丁0123456789', '男女'];
const CONTRAST_CLASS = new Map([...CONTRAST_CLASSES.entries()].flatMap(([k, chars]) => [...chars].map((ch) => [ch, k] as const)));

/**
 * Whether two forms one edit apart are probably the same entity written two ways. Both share
 * their head (they were grouped by kind and generic or class); the edit may not touch the
 * first character (英国石油/美国石油, 当小岗村/小岗村: a different qualifier or a glued word) nor
 * add one at the end (国家档案/国家档案局: a boundary, not a spelling).
 */
export function isVariantPair(a: FormStats, b: FormStats, hasGazetteer: boolean, lexicon?: TypoLexicon): boolean {
  const edit = singleEdit(a.key, b.key);
  if (!edit) return false;
  const shorter = Math.min(a.key.length, b.key.length);
  const substitution = edit.from !== '' && edit.to !== '';
  const readAlike = substitution && soundAlike(edit.from, edit.to);
  if (contrasts(edit.from, edit.to, readAlike)) return false;
  // Two characters leave one to compare: only an organisation's own name, by a slip of the ear or the eye (巴贝集团/巴背集团, 泽金/泽钱).
  // A character more in a two-character own name makes another short name (中粮/中储粮 are two companies).
  if (substitution ? shorter < 3 && !(shorter === 2 && a.kind === 'org' && slipAlike(edit.from, edit.to)) : shorter < (a.kind === 'org' ? 3 : 2)) return false;
  if (edit.at === 0 || (!substitution && edit.at === shorter)) return false;
  switch (a.kind) {
    case 'place':
      return placePair(a, b, hasGazetteer, substitution && !readAlike, readAlike);
    case 'person':
      // A name is also misread by the eye or the pen (王士明/王土明), where a body's name rarely is.
      return substitution && slipAlike(edit.from, edit.to) && personPair(a, b, edit.at);
    case 'latin':
      return shorter >= 5 && /^[a-z]+(?: [a-z]+)*$/.test(a.key) && !(a.text === a.text.toUpperCase() && a.text.length <= 5);
    default:
      // Department names are checked against the standard list, not against each other (文广旅局/文体旅局 are both real).
      return a.category !== 'bureau' && !(lexicon && wordsBothWays(a.key, b.key, edit.at, lexicon));
  }
}

/** Whether two forms one character apart differ by a slip of the ear or the eye (国防/国访, 巴贝/巴背), not by an unrelated character (中煤/中钢). */
export function differBySlip(a: string, b: string): boolean {
  const edit = singleEdit(a, b);
  return edit !== undefined && edit.from !== '' && edit.to !== '' && (soundAlike(edit.from, edit.to) || slipAlike(edit.from, edit.to));
}

/**
 * Whether both forms read as ordinary words where they differ, in the same place (农业|科学院 and
 * 农林|科学院, 火神山 and 雷神山, 计算|科学 and 计算机|科学): then they are two names, as a slip
 * seldom makes a word there (薯味佳/薯乐佳, 巴贝/巴背). Where one form has a character the other
 * lacks, the other must read as words on both sides of the gap.
 */
export function wordsBothWays(a: string, b: string, at: number, lexicon: TypoLexicon): boolean {
  if (a.length === b.length) return withinWord(lexicon, [a, b], at);
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return withinWord(lexicon, [longer], at) && (at === 0 || withinWord(lexicon, [shorter], at - 1)) && (at === shorter.length || withinWord(lexicon, [shorter], at));
}

/**
 * Whether the edit makes a different name rather than a misspelt one: a contrastive character for
 * another of its class (东城区/西城区, 王大明/王小明, 第一/第七), or for a character not read alike
 * (新塘村/青塘村). Read alike, it is a slip of the ear (张北县/张备县, 李鸿忠/李鸿中, 衡南县/衡男县).
 */
export function contrasts(from: string, to: string, readAlike: boolean): boolean {
  const fromClass = CONTRAST_CLASS.get(from);
  const toClass = CONTRAST_CLASS.get(to);
  if (fromClass !== undefined && fromClass === toClass) return true;
  return (fromClass !== undefined || toClass !== undefined) && !readAlike;
}

function placePair(a: FormStats, b: FormStats, hasGazetteer: boolean, otherCharacter: boolean, soundAlikeSubstitution: boolean): boolean {
  // Two real places that look alike are two places; a real one and an unreal one are a misspelling.
  if (a.verified && b.verified) return false;
  if (hasGazetteer && !a.verified && !b.verified && a.known && b.known) return false;
  // The draft's place beside a real name of elsewhere, one character apart and not read alike: another
  // place the data has lost or renamed (宁波市白沙街道 beside 白鹤街道), not a slip.
  if (hasGazetteer && otherCharacter && (a.verified || b.verified) && a.known && b.known) return false;
  // Without the generic (镇), a one-character name body is too little to compare.
  const shorter = Math.min(a.key.length, b.key.length);
  if (a.category !== 'zone' && shorter - a.category.length < 2) return false;
  // Neither is an official name: villages side by side differ in a character (新塘村, 新坪村); only a slip of the ear is one place.
  return a.known || b.known || soundAlikeSubstitution;
}

function personPair(a: FormStats, b: FormStats, at: number): boolean {
  if (a.key.length !== b.key.length || at < surnameLength(a.key)) return false;
  // Both forms used again and again, or with different roles: two people (王建国 the farmer, 王建军 the mayor).
  if (a.count >= 2 && b.count >= 2) return false;
  const shared = [...a.titles].some((t) => b.titles.has(t));
  return shared || a.titles.size === 0 || b.titles.size === 0;
}
