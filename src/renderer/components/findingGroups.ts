import { isFactFamily } from '../../core/checks/families';
import { groupBy } from '../../core/entities/groupBy';
import { FAMILIES, familyOf, type Family, type Finding, type Severity } from '../../core/finding';

/**
 * One row of the panel. A card is one problem: a finding, with the findings of other families on
 * the same text (杨集镇 from the consistency and the gazetteer checks) folded into it. A bundle is
 * a mechanical finding repeated: every finding of one rule with the same message and suggestion.
 */
export type PanelEntry = { kind: 'card'; findings: Finding[] } | { kind: 'bundle'; key: string; findings: Finding[] };

export interface FindingGroup {
  family: Family;
  /** Whether the family reports facts; fact groups come first. */
  facts: boolean;
  /** Every finding of the group, in draft order (a card's merged findings under the card's family). */
  findings: Finding[];
  entries: PanelEntry[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function spanKeys(finding: Finding): string[] {
  return finding.spans.map((s) => `${s.start}:${s.end}`);
}

/** Fact findings that share a span, each cluster led by its most severe finding (then by family order). */
function factCards(findings: readonly Finding[]): Finding[][] {
  const cardOfSpan = new Map<string, Finding[]>();
  const cards: Finding[][] = [];
  for (const finding of findings) {
    const card = spanKeys(finding)
      .map((key) => cardOfSpan.get(key))
      .find((c) => c !== undefined && c.every((f) => familyOf(f.rule) !== familyOf(finding.rule)));
    if (card) card.push(finding);
    else cards.push([finding]);
    for (const key of spanKeys(finding)) if (!cardOfSpan.has(key)) cardOfSpan.set(key, card ?? cards[cards.length - 1]!);
  }
  const rank = (f: Finding) => SEVERITY_RANK[f.severity] * FAMILIES.length + FAMILIES.indexOf(familyOf(f.rule));
  return cards.map((card) => card.sort((a, b) => rank(a) - rank(b)));
}

/** The key identical mechanical findings share: rule, message and suggestion. */
function bundleKey(finding: Finding): string {
  return JSON.stringify([finding.rule, finding.message, finding.suggestion?.replacement ?? null]);
}

/** Mechanical findings in draft order, those with the same bundle key folded into one bundle where there are several. */
function mechanicalEntries(findings: readonly Finding[]): PanelEntry[] {
  return [...groupBy(findings, bundleKey)].map(([key, same]): PanelEntry => (same.length > 1 ? { kind: 'bundle', key, findings: same } : { kind: 'card', findings: same }));
}

/**
 * The panel's groups: facts first, then mechanical style, each family in the catalogue's order and
 * each group in draft order. Fact findings on the same text merge into one card under the family of
 * their lead finding; identical mechanical findings fold into one bundle.
 */
export function groupByFamily(findings: readonly Finding[]): FindingGroup[] {
  const facts = findings.filter((f) => isFactFamily(familyOf(f.rule)));
  const byFamily = new Map<Family, { findings: Finding[]; entries: PanelEntry[] }>();
  const groupOf = (family: Family) => {
    let group = byFamily.get(family);
    if (!group) byFamily.set(family, (group = { findings: [], entries: [] }));
    return group;
  };
  for (const card of factCards(facts)) {
    const group = groupOf(familyOf(card[0]!.rule));
    group.findings.push(...card);
    group.entries.push({ kind: 'card', findings: card });
  }
  const mechanical = groupBy(
    findings.filter((f) => !isFactFamily(familyOf(f.rule))),
    (f) => familyOf(f.rule),
  );
  for (const [family, list] of mechanical) byFamily.set(family, { findings: list, entries: mechanicalEntries(list) });
  const ordered = [...FAMILIES].sort((a, b) => Number(isFactFamily(b)) - Number(isFactFamily(a)));
  return ordered.flatMap((family) => {
    const group = byFamily.get(family);
    return group ? [{ family, facts: isFactFamily(family), ...group }] : [];
  });
}

/** The flagged text as the panel shows it: each distinct span text once, shortened if long. */
export function flaggedText(finding: Finding, maxLength = 40): string {
  const text = [...new Set(finding.spans.map((s) => s.text))].join(' / ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
