import type { VariantGroupEvidence } from '../../../core/checks/consistency/variantEvidence';
import type { Finding } from '../../../core/finding';

/** A consistency finding's variant group, when its evidence has the shape the check writes. */
export function variantEvidenceOf(finding: Finding | undefined): VariantGroupEvidence | undefined {
  if (!finding?.rule.startsWith('consistency.')) return undefined;
  const forms = finding.evidence?.['forms'];
  if (!Array.isArray(forms) || forms.length < 2) return undefined;
  const wellFormed = forms.every((f: unknown) => {
    const form = f as Partial<Record<string, unknown>> | null;
    return typeof form?.['text'] === 'string' && typeof form['count'] === 'number';
  });
  return wellFormed ? (finding.evidence as unknown as VariantGroupEvidence) : undefined;
}
