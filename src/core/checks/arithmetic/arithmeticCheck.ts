import type { Severity } from '../../finding';
import { t } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { ParagraphCheck, RawFinding } from '../check';
import { mainMessageByRule } from '../familyDescriptor';
import { arithmeticFamily } from './arithmeticFamily';
import { findRelations } from './findRelations';
import type { Relation, RelationRule } from './relation';

/** Each rule's message, as its descriptor names it. */
const MESSAGE = mainMessageByRule(arithmeticFamily);

/** Wording slips and restatements need a human even when every figure is exact. */
const ALWAYS_WARNING = new Set<RelationRule>(['arithmetic.percentage-point', 'arithmetic.restated']);

/** Recomputes shares, parts, sums, rates and multiples within each paragraph. */
export const arithmeticCheck: ParagraphCheck = {
  id: 'arithmetic',
  scope: 'paragraph',
  runParagraph(paragraph, ctx) {
    return findRelations(paragraph)
      .filter((r) => r.verdict !== 'consistent')
      .map((r) => toFinding(r, paragraph, ctx.lang));
  },
};

function severityOf(r: Relation): Severity {
  if (r.verdict === 'implied') return 'info';
  return r.exact && !ALWAYS_WARNING.has(r.rule) ? 'error' : 'warning';
}

function toFinding(r: Relation, paragraph: string, lang: Lang): RawFinding {
  const first = r.spans[0]!;
  const shareText = paragraph.slice(first.start, first.end);
  const partSpan = r.spans[1];
  const params = {
    stated: r.stated,
    formula: r.formula,
    recomputed: r.recomputed,
    low: r.recomputedRange[0],
    high: r.recomputedRange[1],
    share: shareText,
    part: partSpan ? paragraph.slice(partSpan.start, partSpan.end) : '',
    total: r.recomputed,
    rounded: r.recomputed.replace(/-?\d+(?:\.\d+)?/, (n) => String(Math.round(Number(n)))),
    points: r.rule === 'arithmetic.percentage-point' ? pointsOf(r) : '',
  };
  return {
    rule: r.rule,
    severity: severityOf(r),
    message: t(lang, MESSAGE.get(r.rule)!, params),
    spans: r.spans,
    evidence: { of: 'arithmetic', formula: r.formula, recomputed: r.recomputed, range: r.recomputedRange, stated: r.stated },
  };
}

/** The percentage-point difference is the stated figure's own number: 提高5% where 5 points was meant. */
function pointsOf(r: Relation): string {
  return /[\d.]+/.exec(r.stated)?.[0] ?? r.stated;
}
