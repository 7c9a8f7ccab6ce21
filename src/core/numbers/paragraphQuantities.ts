import type { Quantity } from './quantity';
import { readQuantities } from './readQuantities';

/** How many paragraphs' readings are kept at least; at most twice as many are (two generations). */
const KEPT = 20_000;
let current = new Map<string, readonly Quantity[]>();
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
  if (current.size >= KEPT) {
    previous = current;
    current = new Map();
  }
  current.set(paragraph, quantities);
  return quantities;
}
