import { mentionForm, type Mention } from './mention';

/** At most this many characters of a preceding word are taken for glued onto a name (帮|乔庄村, 当|小岗村). */
const MAX_GLUED = 2;
const MIN_NAME = 3;

/**
 * Unofficial place names whose start took in the word before them (工作队帮乔庄村修路), cut back to
 * the name the draft writes on its own elsewhere (乔庄村的村民): the draft's repeated names are
 * the words its unknown names are read with. Linear: each mention tries at most MAX_GLUED cuts.
 */
export function trimGluedPlaces(mentions: readonly Mention[]): Mention[] {
  const unofficial = (m: Mention): boolean => m.kind === 'place' && m.category !== 'zone' && (m.places?.length ?? 0) === 0;
  const written = new Set(mentions.filter(unofficial).map((m) => m.text));
  return mentions.map((m) => {
    if (!unofficial(m)) return m;
    for (let cut = 1; cut <= MAX_GLUED && m.text.length - cut >= MIN_NAME; cut++) {
      const name = m.text.slice(cut);
      if (written.has(name)) return { ...m, start: m.start + cut, text: name, form: mentionForm(m.start + cut, m.end, name) };
    }
    return m;
  });
}
