import type { Severity } from '../finding';
import type { MessageKey } from '../i18n/messages';

/** One rule of a family: everything the CLI, the panel and the docs say about it. */
export interface RuleDescriptor {
  /** `family.kebab-name`, as findings carry it. */
  id: string;
  /** The severity it usually reports with (some findings of the rule are raised or lowered by what they find). */
  severity: Severity;
  /** The messages its findings are written from. */
  messages: readonly MessageKey[];
  /** Whether its findings carry a suggestion that `--accept` and clean copy can apply. */
  fixable: boolean;
  /** One line for `jiaokan rules` and the docs. */
  doc: string;
}

/**
 * A check family as the rest of the app knows it: the family folder's one descriptor
 * (docs/architecture.md, "Adding a check family"). `FAMILIES`, the mark colours, the panel's
 * filters, the CLI's `--accept` and `rules` all read it.
 */
export interface FamilyDescriptor<Id extends string = string> {
  id: Id;
  /** Hue (0–360) of its marks and chips. */
  hue: number;
  label: MessageKey;
  /**
   * Whether its findings are about facts (names, places, numbers, dates, sources). Only these may
   * be errors; the rest is mechanical or language style, at most a warning, listed apart from the
   * facts and never counted with their errors (docs/architecture.md, "Severity").
   */
  facts: boolean;
  rules: readonly RuleDescriptor[];
  /** A sentence of the team's own the family reports on (test/core/checks/familyRegistry.test.ts runs it). */
  fixture: string;
  /** The source document the fixture was written from, for a family that compares with one. */
  fixtureSource?: string;
}

/** Each rule's main message key (the first it names), for a check that writes one message per rule. */
export function mainMessageByRule(family: FamilyDescriptor): ReadonlyMap<string, MessageKey> {
  return new Map(family.rules.map((rule) => [rule.id, rule.messages[0]!]));
}
