import type { Place } from '../gazetteer/place';
import { formKey } from './coreName';

export type EntityKind = 'place' | 'org' | 'person' | 'latin';

/** One occurrence of a named entity in the draft; offsets are absolute UTF-16 offsets. */
export interface Mention {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  /**
   * The part that names this entity and that variants are compared on: the whole name for
   * places, people and Latin names; for organisations the name without region prefix and
   * industry/legal suffix (天津薯味佳食品有限公司 → 薯味佳). Empty when nothing distinctive is left.
   */
  form: MentionForm;
  /** What sort of thing it is: the place generic (镇, 县), the organisation class (company, hospital), a person's title. */
  category: string;
  /** Index of the sentence it stands in (sentences end at 。！？；and line ends). */
  sentence: number;
  /** Places: official divisions with exactly this name (empty when the gazetteer knows none or is absent). */
  places?: Place[];
  /** People: the title or role written before the name (执行董事, 记者), if any. */
  title?: string;
}

export interface MentionForm {
  start: number;
  end: number;
  text: string;
  /** What forms are compared on (formKey): kept with the mention so re-checks do not recompute it. */
  key: string;
}

export function mentionForm(start: number, end: number, text: string): MentionForm {
  return { start, end, text, key: formKey(text) };
}
