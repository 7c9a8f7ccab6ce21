import type { Span } from '../finding';

export const CLAIM_TYPES = ['number', 'date', 'person', 'organization', 'place', 'quote'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * Something in the draft a fact-checker can verify against a source, once however often the
 * draft states it (会宁县 twenty times is one claim): one verdict covers every occurrence.
 */
export interface Claim {
  /** Made from the claim's type and text, so it holds while the draft is edited elsewhere. */
  id: string;
  type: ClaimType;
  /** The first occurrence. */
  span: Span;
  /** What the checklist shows: the text, or for a quotation the quote and its speaker. */
  label: string;
  /** How many times the draft states it (1 or more). */
  occurrences: number;
}

/** What an extractor reports; `extractClaims` adds ids and span texts. */
export interface RawClaim {
  type: ClaimType;
  start: number;
  end: number;
  label?: string;
}

/** The rule id a claim's review item carries (`claim.number`). */
export function claimRule(type: ClaimType): string {
  return `claim.${type}`;
}
