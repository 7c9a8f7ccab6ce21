import type { VariantGroupEvidence } from '../../../core/checks/consistency/variantEvidence';
import type { Finding } from '../../../core/finding';

/** A consistency finding's variant group, read from its evidence by the evidence's tag. */
export function variantEvidenceOf(finding: Finding | undefined): VariantGroupEvidence | undefined {
  const evidence = finding?.evidence;
  return evidence?.of === 'variants' && evidence.forms.length >= 2 ? evidence : undefined;
}
