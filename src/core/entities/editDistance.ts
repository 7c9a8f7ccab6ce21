/** Levenshtein distance between two short strings (names), by code unit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Where two strings one edit apart differ: the differing characters (one may be empty). */
export function singleEdit(a: string, b: string): { from: string; to: string; at: number } | undefined {
  if (Math.abs(a.length - b.length) > 1 || a === b) return undefined;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const from = a.slice(head, a.length - tail);
  const to = b.slice(head, b.length - tail);
  return from.length <= 1 && to.length <= 1 ? { from, to, at: head } : undefined;
}
