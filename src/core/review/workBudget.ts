/**
 * A count of elementary steps (characters compared) that one piece of untrusted work may take.
 * A colleague's review file decides how much re-anchoring costs; the budget caps it, and what
 * is left undone when it runs out is reported as not found rather than computed slowly.
 */
export class WorkBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Steps spent so far (tests assert bounded work with it). */
  get spent(): number {
    return this.used;
  }

  /** Whether `steps` more fit; when they do they are charged. */
  take(steps: number): boolean {
    if (this.used + steps > this.limit) return false;
    this.used += steps;
    return true;
  }

  /** Charges steps already taken (a search whose cost is known only afterwards). */
  charge(steps: number): void {
    this.used += steps;
  }

  get exhausted(): boolean {
    return this.used >= this.limit;
  }
}
