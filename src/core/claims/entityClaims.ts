import { extractEntities } from '../entities/extractEntities';
import type { EntityKind, Mention } from '../entities/mention';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex, type GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { ClaimType, RawClaim } from './claim';
import { genericOrganisation } from './genericOrganisation';
import { genericPlace } from './genericPlace';
import { ownPartWithTrade } from '../entities/extractOrganisations';
import { PROSE_WORDS } from '../entities/stopWords';

const CLAIM_OF: Partial<Record<EntityKind, ClaimType>> = { place: 'place', org: 'organization', person: 'person' };
/** What is left of 一家科技公司 or 该集团 once trade and suffix are set aside: a count or a pointer, not a name. */
const COUNT_OR_POINTER = /^[一二两三四五六七八九十几多数每各这那该某本此其]+[家个所座间]?$/;
/** 境外一家公司, 这所学校, 万所学校, 朝阳区某医院: a counted or pointed-at organisation is described, not named. */
const COUNTED = /[一两几多这那该某每各][家所座]|[十百千万]所|某/;
/** 十大检察厅, 五大研发中心: the top so many of a kind; with a region read before (五大连池|风景区旅游局) it is a place's name. */
const TOP_SO_MANY = /^[一二三四五六七八九十]+大/;
/**
 * Pronouns, pointers (某, 些), negations, particles, plurals and conjunctions: prose, never part of a name. A mention
 * holding one (他们以车站关切中心, 开不进村) is the extractor reading back into a clause.
 */
const PROSE = /[我你他她不没着了们吗呢吧啊虽但却把被让某些]/;
/** Classes a region written short names no one body of (湖北公司, 上海中心), where 四川大学 is one university. */
const NO_ONE_AFTER_SHORT_REGION = new Set(['company', 'centre']);
/** A division's name written in full ends in its generic (拉萨市, 会宁县, 广西壮族自治区). */
const WRITTEN_IN_FULL = /(?:省|市|县|区|州|盟|旗|镇|乡|特别行政区)$/;
/** 大学生, 学院生: a school followed by 生 is its students, not the school. */
const SCHOOL_STUDENT = /(?:大学|学院|中学|小学)$/;

/**
 * People, organisations and places as the entity extractor finds them (the same mentions the
 * consistency and gazetteer checks read); a person is labelled with the title written before
 * the name (记者 李某), which the checker confirms along with the name. A checklist row costs
 * the checker a look, so only what names something is listed (see `names`).
 */
export function entityClaims(text: string, gazetteer: Gazetteer | undefined): RawClaim[] {
  const claims: RawClaim[] = [];
  const index = gazetteer ? gazetteerIndex(gazetteer) : undefined;
  for (const m of extractEntities(text, gazetteer)) {
    const type = CLAIM_OF[m.kind];
    if (!type || !names(m, text, index) || (m.kind === 'org' && SCHOOL_STUDENT.test(m.text) && text[m.end] === '生')) continue;
    const claim: RawClaim = { type, start: m.start, end: m.end };
    if (m.title) claim.label = `${m.title} ${m.text}`;
    claims.push(claim);
  }
  return claims;
}

/**
 * Whether a mention names one thing: an organisation with a name of its own beyond its trade
 * and legal suffix (not 上市公司, 一家科技公司, nor a kind said alone: 方舱医院, see
 * genericOrganisation), a zone named after a region (not
 * 建现代农业循环产业园); places with an administrative generic and people as found.
 */
function names(m: Mention, text: string, index: GazetteerIndex | undefined): boolean {
  if (m.kind === 'org') {
    const named = m.form.text.length > 0 || namedByRegion(m, text, index);
    const topSoMany = m.form.start === m.start && TOP_SO_MANY.test(m.text);
    return named && !topSoMany && !COUNT_OR_POINTER.test(m.form.text) && !COUNTED.test(m.text) && !PROSE.test(m.text) && !genericOrganisation(text, m);
  }
  // A place the gazetteer does not know stands on its generic alone; prose before the generic (加强社区,
  // 借助村: a verb that takes a body) or a kind of place (城乡社区) is no name.
  if (m.kind === 'place' && (m.places?.length ?? 0) === 0 && (PROSE.test(m.text) || holdsVerbBeforeAName(m.text) || genericPlace(m))) return false;
  // A zone is named after a region (会宁|工业集中区); without one it is a common noun (蔬菜产业园) or a clause read back too far.
  if (m.kind === 'place' && m.category === 'zone') return m.form.start > m.start;
  return true;
}

/**
 * A body its region alone names (北京|大学, 拉萨市|人民医院, 中国|银行): nothing is left of the form once
 * the region and the generic are set aside, yet it is one body. Not so for 全国 and 我国 (全国|委员会),
 * for 中国 before a bare generic (中国公司, 中国医院: Chinese ones), for a company or a centre
 * after a region written short (湖北公司, 上海中心), nor for a county written short, which is often a word
 * (公安|局, 资源|局, 合作|委员会, 友好|协会): a short region must be a province's or a city's.
 */
function namedByRegion(m: Mention, text: string, index: GazetteerIndex | undefined): boolean {
  if (m.form.start <= m.start) return false;
  const region = text.slice(m.start, m.form.start);
  if (region === '全国' || region === '我国') return false;
  const withTrade = ownPartWithTrade(text, m).length > 0;
  // 中国 and a bare generic is a Chinese one (中国公司, 中国医院), but for 中国银行; with trade words it is one (中国农业银行).
  if (region === '中国') return m.category === 'bank' || withTrade;
  // 岔河乡|中心: a place's centre, where 周浦镇文化中心 is a body.
  if (m.category === 'centre' && !withTrade) return false;
  if (region.length >= 3 && WRITTEN_IN_FULL.test(region)) return true;
  if (NO_ONE_AFTER_SHORT_REGION.has(m.category)) return false;
  return ['香港', '澳门'].includes(region) || endsInProvinceOrCity(region, index);
}

/** Whether the region written short ends in a province's or a prefecture-level city's short name (湖北|武汉). */
function endsInProvinceOrCity(region: string, index: GazetteerIndex | undefined): boolean {
  // Without the gazetteer only provinces and the country are read as regions.
  if (!index) return true;
  for (let len = 2; len <= region.length; len++) {
    if (index.shortNamed(region.slice(-len)).some((p) => p.level === 'province' || p.level === 'city')) return true;
  }
  return false;
}

function holdsVerbBeforeAName(name: string): boolean {
  for (let i = 0; i + 2 <= name.length; i++) {
    const word = name.slice(i, i + 2);
    if (PROSE_WORDS.has(word)) return true;
  }
  return false;
}
