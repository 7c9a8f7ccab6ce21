import type { Quantity } from './quantity';

/** A value in base units written in the unit the draft used for `like` (5590.0万元, 86.7%). */
export function formatIn(value: number, like: Quantity, decimals = 1): string {
  const unit = like.kind === 'percent' ? '%' : like.unitText;
  const scaled = like.kind === 'percent' ? value : value / like.displayFactor;
  return `${formatNumber(scaled, decimals)}${unit}`;
}

/** Fixed decimals without a trailing -0 or floating-point noise. */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Decimals the draft wrote in the quantity's own unit: 1.2亿元 → 1, 70.25% → 2, 3927万元 → 0. */
export function statedDecimals(q: Quantity): number {
  const step = (q.rounding * 2) / (q.kind === 'percent' ? 1 : q.displayFactor);
  return Math.max(0, Math.round(-Math.log10(step)));
}
