import type { Quantity } from './quantity';
import { readQuantities } from './readQuantities';

/**
 * How many characters of paragraphs one generation of readings holds; at most two generations are
 * kept. Counted in characters, not paragraphs: each keystroke in a long paragraph makes a new one,
 * and a count alone would keep thousands of copies of it.
 */
export const KEPT_CHARS = 4_000_000;
let current = new Map<string, readonly Quantity[]>();
let currentChars = 0;
let previous = new Map<string, readonly Quantity[]>();

/**
 * The quantities of one paragraph (readQuantities), read once for all who ask about the same
 * paragraph text: the number-style and arithmetic checks and the claims checklist each read every
 * paragraph of a draft, and after an edit they ask again about the paragraphs that did not change.
 * The readings are shared, so no caller may change them.
 */
export function paragraphQuantities(paragraph: string): readonly Quantity[] {
  const known = current.get(paragraph);
  if (known) return known;
  const quantities = previous.get(paragraph) ?? readQuantities(paragraph);
  if (currentChars + paragraph.length > KEPT_CHARS) {
    previous = current;
    current = new Map();
    currentChars = 0;
  }
  current.set(paragraph, quantities);
  currentChars += paragraph.length;
  return quantities;
}
