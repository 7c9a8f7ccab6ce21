/** What the report order reads of a finding: its first span and its rule. */
interface Ordered {
  readonly rule: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The order findings are reported in: by their first span's start, then its end, then the rule's
 * name. Rule names (family.kebab-case) are compared by code unit: for their characters that is the
 * order the locale's collation gives, and it does not change with the locale a pipeline runs under.
 * localeCompare also started ICU's collator (≈ 5 ms) in the CLI's own process, which asks ICU
 * nothing else.
 */
export function byPosition(a: Ordered, b: Ordered): number {
  return a.spans[0]!.start - b.spans[0]!.start || a.spans[0]!.end - b.spans[0]!.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Findings of one draft checked by disjoint sets of families (on two threads, say) in the order one
 * check of all of them reports: the sort is stable, and findings alike in all three keys share a
 * rule, so they come from one list and keep its order. Their ids already agree, as `findingId`
 * numbers repeats per rule.
 */
export function mergeFindings<T extends Ordered>(lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort(byPosition);
}
