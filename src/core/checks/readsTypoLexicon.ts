import type { Family } from '../finding';
import { ALL_CHECKS } from './registry';

const READERS: ReadonlySet<Family> = new Set(ALL_CHECKS.filter((check) => check.readsTypoLexicon).map((check) => check.id));

/**
 * Whether the family's check reads the typo lexicon (Check.readsTypoLexicon): the app's split runs
 * such a family only where the lexicon is loaded, or its findings would differ from an unsplit check's.
 */
export function readsTypoLexicon(family: Family): boolean {
  return READERS.has(family);
}
