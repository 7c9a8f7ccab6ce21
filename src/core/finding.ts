import { FAMILY_DESCRIPTORS } from './checks/families';
import type { FindingEvidence } from './findingEvidence';

/** The public shape of a finding (docs/architecture.md, "The CLI contract"). Change only by adding fields. */

export type Severity = 'error' | 'warning' | 'info';

export type Family = (typeof FAMILY_DESCRIPTORS)[number]['id'];
/** Every family id, in the registry's order (src/core/checks/families.ts). */
export const FAMILIES: readonly Family[] = FAMILY_DESCRIPTORS.map((family) => family.id);

/** A half-open range of UTF-16 code units into the draft's plain text; `text` equals that slice. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  replacement: string;
}

export interface Finding {
  /** Stable for the same rule, span and text; lets verdicts and the UI refer to a finding. */
  id: string;
  /** `family.name`, e.g. `punctuation.half-width`. */
  rule: string;
  severity: Severity;
  message: string;
  spans: Span[];
  suggestion?: Suggestion;
  /** Free-form working shown to the user: the numbers recomputed, the gazetteer entry found. */
  evidence?: FindingEvidence;
}

export function familyOf(rule: string): Family {
  const family = rule.slice(0, rule.indexOf('.'));
  if (!(FAMILIES as readonly string[]).includes(family)) throw new Error(`Unknown family in rule ${rule}`);
  return family as Family;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
