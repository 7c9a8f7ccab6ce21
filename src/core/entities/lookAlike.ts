import { LOOK_ALIKE_GROUPS } from './lookAlikeTable';

/** Each character's look-alike groups, by code; made on first use. */
let groupsOf: Map<number, number[]> | undefined;

function groupsByCode(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  LOOK_ALIKE_GROUPS.split(' ').forEach((group, n) => {
    for (const ch of group) {
      const code = ch.codePointAt(0)!;
      const list = map.get(code);
      if (list) list.push(n);
      else map.set(code, [n]);
    }
  });
  return map;
}

/**
 * Whether two characters look alike (士/土, 林/材, 未/末): a slip of the eye or the pen in a name,
 * as a character read alike (soundAlike) is one of the ear. Equal characters do.
 */
export function looksAlike(a: string, b: string): boolean {
  if (a === b) return true;
  groupsOf ??= groupsByCode();
  const ofB = groupsOf.get(b.codePointAt(0)!);
  return ofB !== undefined && (groupsOf.get(a.codePointAt(0)!) ?? []).some((g) => ofB.includes(g));
}
