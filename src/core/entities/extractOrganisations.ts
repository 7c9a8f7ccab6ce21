import { stripIndustryWords } from './coreName';
import { mentionForm, type Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { scanNameBack } from './scanNameBack';

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
const CLASS_OF = new Map(SUFFIX_CLASS);

/**
 * Organisations by their generic ending, read back to their start (天津薯味佳食品有限公司,
 * 天津市和平区人社局). The form compared across the draft is the own name without region and trade words.
 */
export function extractOrganisations(scope: ParagraphScope): Mention[] {
  const mentions: Mention[] = [];
  const { text } = scope;
  for (const m of text.matchAll(SUFFIX_RE)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    const bounds = scope.bounds();
    // A suffix inside a dictionary word is no suffix: 格局, 市中心 are not bodies.
    if (!bounds.isBoundary(suffixStart)) continue;
    const name = scanNameBack(text, suffixStart, bounds, scope.index);
    if (!name) continue;
    const own = text.slice(name.coreStart, suffixStart);
    const core = stripIndustryWords(own);
    mentions.push({
      kind: 'org',
      start: scope.offset + name.start,
      end: scope.offset + end,
      text: text.slice(name.start, end),
      form: mentionForm(scope.offset + name.coreStart, scope.offset + name.coreStart + core.length, core),
      category: CLASS_OF.get(m[0]) ?? 'org',
      sentence: scope.sentenceAt(suffixStart),
    });
  }
  return mentions;
}
