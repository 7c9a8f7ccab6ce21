import type { Claim } from './claim';

/**
 * A draft's claims told as their change from the claims the other side already holds: the check
 * worker extracts them after every run and the window keeps them, but a keystroke changes a few
 * claims at most and moves the ones after it. Sent whole, a long draft's claims (thousands of
 * objects) are deserialized on the UI thread at every keystroke; as a change, the claims before
 * the edit are kept, the ones after it are moved by `shift`, and only those in between travel.
 */
export interface ClaimsDelta {
  /** How many of the base's first claims stay as they are. */
  keep: number;
  /** How many base claims after those are replaced by `insert`. */
  drop: number;
  insert: Claim[];
  /** How far the base's claims after the dropped ones moved (the change in the text's length). */
  shift: number;
}

/** How `next` differs from `base`, where the claims after the edit moved by `shift`; `applyClaimsDelta(base, delta)` equals `next`. */
export function claimsDelta(base: readonly Claim[], next: readonly Claim[], shift: number): ClaimsDelta {
  let keep = 0;
  const most = Math.min(base.length, next.length);
  while (keep < most && sameClaim(base[keep]!, next[keep]!, 0)) keep++;
  let after = 0;
  while (after < most - keep && sameClaim(base[base.length - 1 - after]!, next[next.length - 1 - after]!, shift)) after++;
  return { keep, drop: base.length - keep - after, insert: next.slice(keep, next.length - after), shift };
}

/** The claims `delta` tells, made from `base`; throws when the delta was not made from a list this long. */
export function applyClaimsDelta(base: readonly Claim[], delta: ClaimsDelta): Claim[] {
  if (delta.keep + delta.drop > base.length) throw new Error('claims change does not fit its base');
  const moved = base.slice(delta.keep + delta.drop).map((claim) => (delta.shift === 0 ? claim : shifted(claim, delta.shift)));
  return [...base.slice(0, delta.keep), ...delta.insert, ...moved];
}

function sameClaim(a: Claim, b: Claim, shift: number): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.label === b.label &&
    a.occurrences === b.occurrences &&
    a.span.start + shift === b.span.start &&
    a.span.end + shift === b.span.end &&
    a.span.text === b.span.text
  );
}

function shifted(claim: Claim, shift: number): Claim {
  return { ...claim, span: { ...claim.span, start: claim.span.start + shift, end: claim.span.end + shift } };
}
