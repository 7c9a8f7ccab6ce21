import { groupBy } from '../../entities/groupBy';
import type { EntityKind, Mention } from '../../entities/mention';
import { differBySlip, isVariantPair, type FormStats } from './variantPairs';
import { listedTogether } from './listedTogether';
import type { TypoLexicon } from '../typo/typoLexicon';

/** Forms sharing one deletion key beyond this are not compared: O(forms × MAX_SHARING_KEY) pairs at most. */
const MAX_SHARING_KEY = 32;

/** A form with the mentions that write it. */
export interface FormOccurrences extends FormStats {
  occurrences: Mention[];
}

/**
 * Groups the draft's forms that are one edit apart and pass the pair rules. Candidates are found
 * through shared one-deletion keys (symmetric-delete), so the cost grows with the number of forms, not its square.
 */
export function variantGroups(
  mentions: readonly Mention[],
  isVerified: (m: Mention) => boolean,
  hasGazetteer: boolean,
  lexicon?: TypoLexicon,
): FormOccurrences[][] {
  // Forms by kind and category (the pair rules compare only within one), then by key.
  const classes = new Map<EntityKind, Map<string, Map<string, FormOccurrences>>>();
  for (const m of mentions) {
    if (m.form.text.length === 0) continue;
    const { key } = m.form;
    let byCategory = classes.get(m.kind);
    if (!byCategory) classes.set(m.kind, (byCategory = new Map()));
    let byKey = byCategory.get(m.category);
    if (!byKey) byCategory.set(m.category, (byKey = new Map()));
    let form = byKey.get(key);
    if (!form) {
      form = { kind: m.kind, category: m.category, key, text: m.form.text, count: 0, titles: new Set(), verified: false, known: false, occurrences: [] };
      byKey.set(key, form);
    }
    form.count++;
    form.occurrences.push(m);
    if (m.title) form.titles.add(m.title);
    // Only a place some division is named after can denote one.
    if ((m.places?.length ?? 0) > 0) {
      form.known = true;
      if (isVerified(m)) form.verified = true;
    }
  }

  const parent = new Map<FormOccurrences, FormOccurrences>();
  const find = (f: FormOccurrences): FormOccurrences => {
    let root = f;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(f, root);
    return root;
  };
  const groups: FormOccurrences[][] = [];
  for (const byCategory of classes.values()) {
    for (const byKey of byCategory.values()) {
      if (byKey.size < 2) continue;
      const forms = [...byKey.values()];
      const byDeletion = new Map<string, FormOccurrences[]>();
      for (const form of forms) {
        parent.set(form, form);
        for (const d of deletions(form.key)) {
          const list = byDeletion.get(d);
          if (list) {
            if (!list.includes(form)) list.push(form);
          } else byDeletion.set(d, [form]);
        }
      }
      const pairs: { a: FormOccurrences; b: FormOccurrences; slip: boolean }[] = [];
      for (const list of byDeletion.values()) {
        // A key shared by very many forms (王?华 in a list of names) is a pattern, not a slip: pairs stay bounded.
        if (list.length > MAX_SHARING_KEY) continue;
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const [a, b] = [list[i]!, list[j]!];
            if (!isVariantPair(a, b, hasGazetteer, lexicon)) continue;
            const slip = differBySlip(a.key, b.key);
            // Listed side by side and apart by an unrelated character, they are two bodies; a slip of the ear or the eye in a list is still one.
            if (!(listedTogether(a.occurrences, b.occurrences) && !slip)) pairs.push({ a, b, slip });
          }
        }
      }
      // Two places the draft's context confirms are two places (北京市, 北海市), also where one misspelt
      // form is one character from each: it joins the one it is a slip of, taken first, and never bridges the two.
      const verifiedIn = new Map<FormOccurrences, boolean>();
      for (const { a, b } of [...pairs.filter((p) => p.slip), ...pairs.filter((p) => !p.slip)]) {
        const [ra, rb] = [find(a), find(b)];
        if (ra === rb) continue;
        const [va, vb] = [verifiedIn.get(ra) ?? ra.verified, verifiedIn.get(rb) ?? rb.verified];
        if (va && vb) continue;
        parent.set(ra, rb);
        verifiedIn.set(rb, va || vb);
      }
      for (const group of groupBy(forms, find).values()) if (group.length > 1) groups.push(group);
    }
  }
  return groups;
}

/** The key itself and every key with one character removed. */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
