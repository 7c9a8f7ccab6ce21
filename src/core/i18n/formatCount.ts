/**
 * A whole count as both interface languages write it: digits grouped in threes with commas
 * (12,345 字, 12,345 chars; CLDR's zh-CN and en agree). Written out rather than asked of
 * Intl.NumberFormat: the status bar shows a count in the window's first render, and a page's
 * first NumberFormat loads ICU's number data, 11–19 ms of the UI thread before the window paints.
 */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}
