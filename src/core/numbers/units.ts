import { CodeSet } from '../text/codeSet';
import { firstWrittenAt } from '../text/firstWrittenAt';

/**
 * The units a quantity may carry. Quantities relate only within one kind; `factor` converts to
 * the kind's base unit (吨 → 千克), so 5吨 and 2000公斤 compare. Counting words (个, 对, 所, 项)
 * each form their own kind: 35家企业 and 3000个岗位 count different things.
 */
export interface UnitInfo {
  kind: string;
  factor: number;
}

const TABLE: [string[], string, number][] = [
  [['元', '元人民币', '人民币', '块钱'], 'money', 1],
  [['美元'], 'usd', 1],
  [['欧元'], 'eur', 1],
  [['人', '名', '位'], 'people', 1],
  [['人次'], 'person-times', 1],
  [['户'], 'household', 1],
  [['家'], 'organisation', 1],
  [['吨'], 'mass', 1000],
  [['千克', '公斤'], 'mass', 1],
  [['斤'], 'mass', 0.5],
  [['克'], 'mass', 0.001],
  [['亩'], 'mu', 1],
  [['公顷'], 'area', 10000],
  [['平方公里', '平方千米'], 'area', 1e6],
  [['平方米'], 'area', 1],
  [['公里', '千米'], 'length', 1000],
  [['米'], 'length', 1],
  [['%'], 'percent', 1],
  [['‰'], 'percent', 0.1],
  [['个百分点', '百分点'], 'pp', 1],
  [['倍'], 'times', 1],
  [['年', '个月', '月', '日', '天', '号', '小时', '分钟', '周岁', '岁'], 'time', 1],
];

const COUNTERS = ['个', '对', '所', '座', '台', '辆', '项', '批', '条', '场', '次', '张', '头', '只', '株', '套', '间', '处', '件', '篇', '棵', '箱', '份', '册', '部', '支', '艘', '架', '栋', '趟', '班', '列', '架次', '门', '种', '枚', '颗', '块', '本', '首', '幅', '款', '轮', '届', '把', '根', '盏', '匹'];

const UNITS = new Map<string, UnitInfo>();
for (const [names, kind, factor] of TABLE) for (const name of names) UNITS.set(name, { kind, factor });
for (const name of COUNTERS) UNITS.set(name, { kind: `count:${name}`, factor: 1 });

/**
 * Unit names by the code of their first character, longest first, so 个百分点 wins over 个 and 千克
 * over a 千 scale. Asked after every numeral of a draft, by code: most characters start no unit and
 * cost one array read (docs/architecture.md, "Start-up and generated data").
 */
const BY_FIRST = new Map<number, string[]>();
for (const name of [...UNITS.keys()].sort((a, b) => b.length - a.length)) {
  const list = BY_FIRST.get(name.charCodeAt(0)) ?? [];
  list.push(name);
  BY_FIRST.set(name.charCodeAt(0), list);
}
const UNIT_FIRSTS = new CodeSet(BY_FIRST.keys());

export function unitInfo(name: string): UnitInfo | undefined {
  return UNITS.get(name);
}

/**
 * A unit followed by these characters is the first character of a noun, not a unit: 2000万家庭 counts
 * households (or what they qualify), not 2000万 firms. Only where the noun is the sure reading:
 * 3家人民医院 and 5家乡镇企业 are firms.
 */
const STARTS_NOUN: ReadonlyMap<string, string> = new Map([['家', '庭']]);

/** The unit written at `at` in `text`, if any. */
export function matchUnit(text: string, at: number): string | undefined {
  if (!UNIT_FIRSTS.has(text.charCodeAt(at))) return undefined;
  const name = firstWrittenAt(BY_FIRST.get(text.charCodeAt(at))!, text, at);
  if (name === undefined) return undefined;
  const next = text[at + name.length];
  return next !== undefined && STARTS_NOUN.get(name)?.includes(next) ? undefined : name;
}

/** Kinds that count or measure something a relation (share, part, sum) can be about. */
export function isMeasureKind(kind: string): boolean {
  return kind !== 'time' && kind !== 'percent' && kind !== 'pp' && kind !== 'times' && kind !== 'bare';
}
