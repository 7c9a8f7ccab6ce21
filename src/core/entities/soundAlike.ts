import { pinyin } from 'pinyin-pro';

const readingsCache = new Map<string, string[]>();

/** Every toneless reading of one character (行 → xing, hang, heng), a final -ng read as -n. */
function readings(ch: string): string[] {
  let found = readingsCache.get(ch);
  if (!found) {
    // -n/-ng are merged: the commonest slip of ear in names (英吾斯坦/英吾斯塘, 金/京).
    found = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map((r) => r.replace(/ng$/, 'n'));
    readingsCache.set(ch, found);
  }
  return found;
}

/** Whether two characters can be read alike, tones aside (岚/兰, 禾/和, 明/名): a slip of the ear, not a different name. */
export function soundAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const ofB = readings(b);
  return readings(a).some((r) => ofB.includes(r));
}
