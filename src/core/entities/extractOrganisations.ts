import { stripIndustryWords } from './coreName';
import { DEPARTMENT_COMPONENTS } from './departmentNames';
import { isKindOfBody } from './kindOfBody';
import { mentionForm, type Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { scanNameBack } from './scanNameBack';
import { allMatches } from '../text/allMatches';

/** Generic endings of organisation names → the class variants must share to be compared. */
const SUFFIX_CLASS: [string, string][] = [
  ['股份有限公司', 'company'], ['有限责任公司', 'company'], ['有限公司', 'company'], ['公司', 'company'], ['集团', 'company'],
  ['专业合作社', 'cooperative'], ['合作社', 'cooperative'], ['联合社', 'cooperative'],
  ['人民医院', 'hospital'], ['中医院', 'hospital'], ['医院', 'hospital'], ['卫生院', 'hospital'],
  ['大学', 'university'], ['学院', 'college'], ['中学', 'school'], ['小学', 'school'], ['学校', 'school'], ['幼儿园', 'school'],
  ['研究院', 'institute'], ['研究所', 'institute'], ['管委会', 'committee'], ['委员会', 'committee'], ['人民政府', 'government'],
  ['银行', 'bank'], ['协会', 'association'], ['学会', 'association'], ['商会', 'association'], ['基金会', 'foundation'],
  ['中心', 'centre'], ['局', 'bureau'], ['厅', 'bureau'], ['报社', 'media'], ['电视台', 'media'],
];
const SUFFIX_RE = new RegExp(SUFFIX_CLASS.map(([s]) => s).join('|'), 'g');

/**
 * An organisation mention's own part with the trade words its compared form leaves out (高科技 of
 * 高科技公司, compared as 高): from the form's start to the longest generic ending the name ends in.
 */
export function ownPartWithTrade(text: string, m: Mention): string {
  return text.slice(m.form.start, m.end - genericEndingLength(m.text));
}

/** The length of the longest generic ending (有限公司, 局) `name` ends in; 0 when none. */
export function genericEndingLength(name: string): number {
  let generic = 0;
  for (const [suffix] of SUFFIX_CLASS) if (suffix.length > generic && name.endsWith(suffix)) generic = suffix.length;
  return generic;
}
const CLASS_OF = new Map(SUFFIX_CLASS);
/** An own name holding a body's ending names a unit inside that body (四川大学|商学院, 某某集团|研究院). */
const NESTED_RE = /大学|学院|集团|公司|医院|银行|委员会|研究院/;
/**
 * Characters an own name never starts with: function words, negation, measure words and verbs the
 * scan back runs into (不符合中…, 如中央…, 万多所乡村…, 访南非…). Such a form is prose, not a name.
 */
const NOT_NAME_START = new Set('不如但仅某访来曾获占当得看任离像咱予受所家名位些余多年月日号次种项类个');
/**
 * Function characters no own name holds (的, 了, 把, 被…): a form with one ran into prose. 都 is not
 * one: 首都医科大学, 都柏林大学 and 华西都市报 hold it; 都 standing alone ends the scan back, and 都 doing
 * something ends the form (ALL_DOING).
 */
const NEVER_IN_NAME = new Set('的了是把被这那就又还很更最也而或让使');
/** 都 before a verb or a preposition is "all" in prose (每天都在医院, 都由合作社), never part of a name. */
const ALL_DOING = /都[在由要能可会有是将已把让到]/;

/** The own name, or '' when it cannot be one (nothing is compared on an empty form). */
function plausibleOwnName(core: string): string {
  // 日本 starts names (日本广播协会), where a day's 日 (3日|…) does not.
  if (core.length === 0 || (NOT_NAME_START.has(core[0]!) && !core.startsWith('日本')) || /^[0-9０-９一二三四五六七八九十百千万]+[多余]/.test(core)) return '';
  if (ALL_DOING.test(core) || isKindOfBody(core)) return '';
  // By code unit (none of NEVER_IN_NAME is outside the BMP): a string's for-of makes a string and a result per step in cold code (docs/architecture.md, "Cold code").
  for (let i = 0; i < core.length; i++) if (NEVER_IN_NAME.has(core[i]!)) return '';
  return core;
}

/**
 * Organisations by their generic ending, read back to their start (天津薯味佳食品有限公司,
 * 天津市和平区人社局). The form compared across the draft is the own name without region and trade words.
 */
export function extractOrganisations(scope: ParagraphScope): Mention[] {
  const mentions: Mention[] = [];
  const { text } = scope;
  const matches = allMatches(SUFFIX_RE, text);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    const bounds = scope.bounds();
    // A suffix inside a dictionary word is no suffix (格局, 市中心), nor one that starts a title (国家档案局|局长).
    const department = DEPARTMENT_COMPONENTS.has(text.slice(suffixStart - 2, suffixStart)) && (m[0] === '局' || m[0] === '厅');
    if ((!department && !bounds.isBoundary(suffixStart)) || text[end] === '长') continue;
    const name = scanNameBack(text, suffixStart, bounds, scope.index);
    if (!name) continue;
    // A unit of a named body (四川大学商学院) is told apart by the whole body's name, region included.
    const nested = NESTED_RE.test(text.slice(name.coreStart, suffixStart));
    const formStart = nested ? name.start : name.coreStart;
    const own = text.slice(formStart, suffixStart);
    const core = plausibleOwnName(stripIndustryWords(own));
    mentions.push({
      kind: 'org',
      start: scope.offset + name.start,
      end: scope.offset + end,
      text: text.slice(name.start, end),
      form: mentionForm(scope.offset + formStart, scope.offset + formStart + core.length, core),
      category: CLASS_OF.get(m[0]) ?? 'org',
      sentence: scope.sentenceAt(suffixStart),
    });
  }
  return mentions;
}
