/** FNV-1a, 32-bit: a short, stable hash for ids (not for security). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * An id from the rule, the flagged text and a few characters around it, so a finding keeps
 * its id while the user edits elsewhere; `seen` disambiguates identical findings.
 */
export function findingId(rule: string, key: string, seen: Map<string, number>): string {
  const base = `${rule}:${fnv1a(key)}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}.${n}`;
}
