import type { Review, ReviewItem } from './review';

/**
 * A review told as its change from a base review both sides hold: the check worker reconciles the
 * review after every run and the window must show the result. Sent whole, a long draft's review
 * (thousands of items, each with its anchor's texts) is megabytes of small objects for the UI
 * thread to deserialize and keep at every keystroke; as a change, an item that is as it was
 * stays the window's own object, and one whose text only moved is a number.
 */
export interface ReviewDelta {
  /**
   * Three numbers per item of the new review, in its order: the index of the base's item it is made
   * from (−1: the next of `added`), its anchor's new offset (−1: the base item's), and how its
   * FLAGS changed (two bits each, see flagCode; 0: none did).
   */
  items: Int32Array;
  /** The items no base item gives (new ones, or ones changed beyond their offset and flags), in order. */
  added: ReviewItem[];
  /** The review's own fields (text, updatedAt, …) that differ from the base's. */
  fields: Partial<Omit<Review, 'items'>>;
  /** The review's own fields the base has and the new review has not. */
  removed: string[];
}

const KEEP = -1;
/** Fields a reconciliation flips on many items at once: their changes travel as bits, not as the item. */
const FLAGS = ['fuzzy', 'orphaned', 'reported'] as const;
type Flag = (typeof FLAGS)[number];
const FLAG_KEYS: ReadonlySet<string> = new Set(FLAGS);
/** Two bits per flag: as in the base, false, true, or gone. */
const AS_BASE = 0;
const FALSE = 1;
const TRUE = 2;
const GONE = 3;

/** How `next` differs from `base`; `applyReviewDelta(base, reviewDelta(base, next))` equals `next`. */
export function reviewDelta(base: Review, next: Review): ReviewDelta {
  const baseIndex = new Map<string, number>();
  base.items.forEach((item, index) => baseIndex.set(item.id, index));
  const items = new Int32Array(next.items.length * 3);
  const added: ReviewItem[] = [];
  next.items.forEach((item, k) => {
    const index = baseIndex.get(item.id);
    const patch = index === undefined ? undefined : itemPatch(base.items[index]!, item);
    items[3 * k] = patch ? index! : KEEP;
    items[3 * k + 1] = patch?.offset ?? KEEP;
    items[3 * k + 2] = patch?.flags ?? AS_BASE;
    if (!patch) added.push(item);
  });
  const fields: Record<string, unknown> = {};
  const baseFields = base as unknown as Record<string, unknown>;
  const nextFields = next as unknown as Record<string, unknown>;
  for (const key of Object.keys(next)) {
    if (key !== 'items' && !(key in base && equalData(baseFields[key], nextFields[key]))) fields[key] = nextFields[key];
  }
  const removed = Object.keys(base).filter((key) => key !== 'items' && !(key in next));
  return { items, added, fields: fields as ReviewDelta['fields'], removed };
}

/** The review `delta` tells, made from `base`; throws when the delta was not made from this base. */
export function applyReviewDelta(base: Review, delta: ReviewDelta): Review {
  const count = delta.items.length / 3;
  const items: ReviewItem[] = new Array(count);
  let next = 0;
  for (let k = 0; k < count; k++) {
    const index = delta.items[3 * k]!;
    const offset = delta.items[3 * k + 1]!;
    const flags = delta.items[3 * k + 2]!;
    if (index === KEEP) {
      if (next >= delta.added.length) throw new Error('review change does not fit its base');
      items[k] = delta.added[next++]!;
      continue;
    }
    const item = base.items[index];
    if (!item) throw new Error('review change does not fit its base');
    if (offset === KEEP && flags === AS_BASE) {
      items[k] = item;
      continue;
    }
    const patched: Record<string, unknown> = { ...item };
    if (offset !== KEEP) patched.anchor = { ...item.anchor, offset };
    FLAGS.forEach((flag, f) => {
      const code = (flags >> (2 * f)) & 3;
      if (code === GONE) delete patched[flag];
      else if (code !== AS_BASE) patched[flag] = code === TRUE;
    });
    items[k] = patched as unknown as ReviewItem;
  }
  if (next !== delta.added.length) throw new Error('review change does not fit its base');
  const review: Record<string, unknown> = { ...base, ...delta.fields, items };
  for (const key of delta.removed) delete review[key];
  return review as unknown as Review;
}

/**
 * `next` as `base` with a new anchor offset (KEEP: the same) and flag changes, or undefined when it
 * differs in anything else. KEEP cannot stand for an offset: an item moved to a negative one (none
 * should be) goes whole.
 */
function itemPatch(base: ReviewItem, next: ReviewItem): { offset: number; flags: number } | undefined {
  const baseFields = base as unknown as Record<string, unknown>;
  const nextFields = next as unknown as Record<string, unknown>;
  let compared = 0;
  for (const key in nextFields) {
    if (FLAG_KEYS.has(key)) continue;
    if (!(key in baseFields)) return undefined;
    if (key === 'anchor' ? !equalData(base.anchor, next.anchor, 'offset') : !equalData(baseFields[key], nextFields[key])) return undefined;
    compared++;
  }
  for (const key in baseFields) if (!FLAG_KEYS.has(key)) compared--;
  if (compared !== 0) return undefined;
  let flags = 0;
  for (let f = 0; f < FLAGS.length; f++) {
    const code = flagCode(base, next, FLAGS[f]!);
    if (code === undefined) return undefined;
    flags |= code << (2 * f);
  }
  const offset = next.anchor.offset;
  if (offset === base.anchor.offset) return { offset: KEEP, flags };
  return offset >= 0 ? { offset, flags } : undefined;
}

/** How `flag` changed from `base` to `next`, or undefined when it holds something but true or false. */
function flagCode(base: ReviewItem, next: ReviewItem, flag: Flag): number | undefined {
  const value = next[flag];
  if (!(flag in next)) return flag in base ? GONE : AS_BASE;
  if (flag in base && base[flag] === value) return AS_BASE;
  return value === true ? TRUE : value === false ? FALSE : undefined;
}

/** Equality of data as a review holds it (JSON's values), whatever the order of object keys; `ignored` is a key of `a` and `b` themselves not compared. */
function equalData(a: unknown, b: unknown, ignored?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => equalData(value, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => key in y && (key === ignored || equalData(x[key], y[key])));
}
