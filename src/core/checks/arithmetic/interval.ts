import type { Quantity } from '../../numbers/quantity';

export type Interval = [number, number];

export function intervalOf(q: Quantity): Interval {
  return [q.lo, q.hi];
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;
}

/** a ÷ b over intervals of positive numbers. */
export function divide(a: Interval, b: Interval): Interval {
  if (b[0] <= 0) return [a[0] / b[1], Infinity];
  return [a[0] / b[1], a[1] / b[0]];
}

export function add(a: Interval, b: Interval): Interval {
  return [a[0] + b[0], a[1] + b[1]];
}

/** The interval the quantities' sum lies in. */
export function sumOf(quantities: readonly Quantity[]): Interval {
  return quantities.reduce<Interval>((acc, q) => add(acc, intervalOf(q)), [0, 0]);
}

export function subtract(a: Interval, b: Interval): Interval {
  return [a[0] - b[1], a[1] - b[0]];
}

export function scale(a: Interval, by: number): Interval {
  return by >= 0 ? [a[0] * by, a[1] * by] : [a[1] * by, a[0] * by];
}
