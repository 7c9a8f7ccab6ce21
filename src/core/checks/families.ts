import { arithmeticFamily } from './arithmetic/arithmeticFamily';
import { consistencyFamily } from './consistency/consistencyFamily';
import { dateFamily } from './date/dateFamily';
import { gazetteerFamily } from './gazetteer/gazetteerFamily';
import { numberFamily } from './number/numberFamily';
import { punctuationFamily } from './punctuation/punctuationFamily';
import { repetitionFamily } from './repetition/repetitionFamily';
import { sourceFamily } from './source/sourceFamily';
import { styleFamily } from './style/styleFamily';
import { typoFamily } from './typo/typoFamily';
import type { Family } from '../finding';
import type { MessageKey } from '../i18n/messages';
import type { RuleDescriptor } from './familyDescriptor';

/**
 * The rule registry: every check family's descriptor, in the order the panel lists them.
 * Metadata only (no check code), so the renderer can read it without loading the checks.
 */
export const FAMILY_DESCRIPTORS = [
  consistencyFamily,
  gazetteerFamily,
  arithmeticFamily,
  dateFamily,
  punctuationFamily,
  numberFamily,
  repetitionFamily,
  sourceFamily,
  styleFamily,
  typoFamily,
] as const;

/** Every rule of every family, in registry order. */
export const ALL_RULES: readonly RuleDescriptor[] = FAMILY_DESCRIPTORS.flatMap((family): readonly RuleDescriptor[] => family.rules);

/** Whether the family reports facts (its findings may be errors) rather than mechanical style. */
export function isFactFamily(family: Family): boolean {
  return FAMILY_DESCRIPTORS.find((d) => d.id === family)!.facts;
}

/** The message key of a family's name, from its descriptor. */
export function familyLabel(family: Family): MessageKey {
  return FAMILY_DESCRIPTORS.find((d) => d.id === family)!.label;
}
