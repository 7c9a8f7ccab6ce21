/** How an approximation word bends a stated number. */
export type Approx = 'about' | 'over' | 'under' | 'more';

export type NumeralForm = 'arabic' | 'chinese' | 'mixed';

/** A number read from running text, with its unit and the interval it stands for. */
export interface Quantity {
  /** The whole mention, approximation words and unit included, in the text that was read. */
  start: number;
  end: number;
  /** The numeral alone (3,927 in 约3,927万元). */
  numStart: number;
  numEnd: number;
  /** In the kind's base unit (元, 人, 千克; percent points for %). */
  value: number;
  /** What the stated number may really be, given its rounding and approximation words. */
  lo: number;
  hi: number;
  /** Half a step of the last written digit, in base units: 70.25% → 0.005, 3927万元 → 5000. */
  rounding: number;
  /** Unit kind from units.ts; 'bare' when no unit follows (3.5万, a phone number). */
  kind: string;
  /** Scale and unit as written (万元), for messages. */
  unitText: string;
  /** Base units per display unit: 10000 for 万元, so messages speak the draft's own scale. */
  displayFactor: number;
  approx: Approx | null;
  isRange: boolean;
  form: NumeralForm;
  /** 3,927 (thousands separators) — for the number-usage check. */
  hasSeparator: boolean;
  /** 百分之十 rather than 10%. */
  chinesePercent: boolean;
  /** Digits before the decimal point, for the number-usage check (3,927 → 4). */
  integerDigits: number;
}

/** Within the stated rounding and without approximation: strict enough to call a mismatch an error. */
export function isExact(q: Quantity): boolean {
  return q.approx === null && !q.isRange;
}
