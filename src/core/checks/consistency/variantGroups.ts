import { formKey } from '../../entities/coreName';
import type { Mention } from '../../entities/mention';
import { isVariantPair, type FormStats } from './variantPairs';

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
): FormOccurrences[][] {
  const forms = new Map<string, FormOccurrences>();
  for (const m of mentions) {
    if (m.form.text.length === 0) continue;
    const key = formKey(m.form.text);
    const id = `${m.kind}\u0000${m.category}\u0000${key}`;
    let form = forms.get(id);
    if (!form) {
      form = { kind: m.kind, category: m.category, key, text: m.form.text, count: 0, titles: new Set(), verified: false, known: false, occurrences: [] };
      forms.set(id, form);
    }
    form.count++;
    form.occurrences.push(m);
    if (m.title) form.titles.add(m.title);
    if ((m.places?.length ?? 0) > 0) form.known = true;
    if (isVerified(m)) form.verified = true;
  }

  const byDeletion = new Map<string, FormOccurrences[]>();
  for (const form of forms.values()) {
    for (const d of deletions(form.key)) {
      const id = `${form.kind}\u0000${form.category}\u0000${d}`;
      const list = byDeletion.get(id);
      if (list) {
        if (!list.includes(form)) list.push(form);
      } else byDeletion.set(id, [form]);
    }
  }

  const parent = new Map<FormOccurrences, FormOccurrences>();
  const find = (f: FormOccurrences): FormOccurrences => {
    let root = f;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(f, root);
    return root;
  };
  for (const form of forms.values()) parent.set(form, form);
  for (const list of byDeletion.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (isVariantPair(list[i]!, list[j]!, hasGazetteer)) parent.set(find(list[i]!), find(list[j]!));
      }
    }
  }
  const groups = new Map<FormOccurrences, FormOccurrences[]>();
  for (const form of forms.values()) {
    const root = find(form);
    const group = groups.get(root);
    if (group) group.push(form);
    else groups.set(root, [form]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The key itself and every key with one character removed. */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
