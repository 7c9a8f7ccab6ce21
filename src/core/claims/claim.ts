import type { Span } from '../finding';

export const CLAIM_TYPES = ['number', 'date', 'person', 'organization', 'place', 'quote'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Something in the draft a fact-checker can verify against a source. */
export interface Claim {
  /** Stable while the claim's text and a few characters around it are unchanged. */
  id: string;
  type: ClaimType;
  span: Span;
  /** What the checklist shows: the text, or for a quotation the quote and its speaker. */
  label: string;
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
