import type { EntityKind } from '../../entities/mention';

/** One way an entity is written in the draft. */
export interface VariantForm {
  /** The form as written (for organisations, the own name inside the full names: 薯味佳). */
  text: string;
  count: number;
  /** Every occurrence of this form; replacing each with the chosen form's text unifies the draft. */
  spans: { start: number; end: number }[];
  /** The full names it occurs in, when longer than the form (天津薯味佳食品有限公司). */
  mentions: string[];
  /** Places: the official division this form denotes in this draft, if any. */
  division?: { code: string; path: string[] };
}

/**
 * `evidence` of a `consistency.*` finding: the forms side by side (most frequent first), which
 * one to use and why. The finding's spans are all the forms' spans together.
 */
export interface VariantGroupEvidence {
  kind: EntityKind;
  forms: VariantForm[];
  /** The form to unify on, when there is a reason to prefer one. */
  suggested?: string;
  /** Why: the official divisions name it, it is the majority form, or nothing decides. */
  basis: 'gazetteer' | 'majority' | 'none';
}
