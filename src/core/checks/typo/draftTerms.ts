import type { RawFinding } from '../check';

/** A form written this many times or more is the draft's own term, not a slip of the pen. */
const TERM_OCCURRENCES = 2;

/**
 * Drops the confusion layer's findings on forms the draft writes again and again without ever writing
 * the correction (世技赛 for the WorldSkills contest, a brand, a transliterated name, a trade word):
 * a reporter's slip is made once, a term is used throughout. On five months of published news every
 * such finding was a term the dictionary lacks; learners, who repeat a character they do not know,
 * lose a few catches (docs/architecture.md, "Judging accuracy"). The team's list of misspellings is
 * not judged so: its forms are wrong however often they are written.
 */
export function withoutDraftTerms(findings: RawFinding[], text: string): RawFinding[] {
  const terms = new Map<string, boolean>();
  return findings.filter((f) => {
    if (f.rule !== 'typo.confusable' || !f.suggestion) return true;
    const span = f.spans[0]!;
    const form = text.slice(span.start, span.end);
    const key = `${form}\u0000${f.suggestion.replacement}`;
    let term = terms.get(key);
    if (term === undefined) {
      term = occursAtLeast(text, form, TERM_OCCURRENCES) && !text.includes(f.suggestion.replacement);
      terms.set(key, term);
    }
    return !term;
  });
}

function occursAtLeast(text: string, form: string, times: number): boolean {
  let seen = 0;
  for (let k = text.indexOf(form); k !== -1; k = text.indexOf(form, k + form.length)) if (++seen >= times) return true;
  return false;
}
