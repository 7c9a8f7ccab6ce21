import { FAMILIES, familyOf, type Family, type Finding, type Severity } from '../../core/finding';

export interface FindingGroup {
  family: Family;
  findings: Finding[];
}

/** Findings grouped by family in the catalogue's family order, each group in draft order. */
export function groupByFamily(findings: readonly Finding[]): FindingGroup[] {
  const byFamily = new Map<Family, Finding[]>();
  for (const finding of findings) {
    const family = familyOf(finding.rule);
    const list = byFamily.get(family);
    if (list) list.push(finding);
    else byFamily.set(family, [finding]);
  }
  return FAMILIES.flatMap((family) => {
    const list = byFamily.get(family);
    return list ? [{ family, findings: list }] : [];
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The flagged text as the panel shows it: each distinct span text once, shortened if long. */
export function flaggedText(finding: Finding, maxLength = 40): string {
  const text = [...new Set(finding.spans.map((s) => s.text))].join(' / ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
