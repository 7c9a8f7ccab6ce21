import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';

/**
 * What a side is called. `named` is shown as given (a file's name; later a saved revision's label);
 * the others are the open draft now and as it was opened.
 */
export type SideLabel = { kind: 'named'; name: string } | { kind: 'current'; draftName: string | null } | { kind: 'opened'; draftName: string | null };

/** One text of a comparison. */
export interface ComparisonSide {
  label: SideLabel;
  text: string;
  /** The editor's own text (as of the comparison): clicking its paragraphs selects them in the editor. */
  live: boolean;
}

/** Any two texts with labels: a file, the draft as opened, the current draft, or (later) stored revisions. */
export interface ComparisonPair {
  /** A new comparison gets a new id; refreshing the live text keeps it. */
  id: number;
  old: ComparisonSide;
  new: ComparisonSide;
}

export function sideLabelText(lang: Lang, label: SideLabel): string {
  if (label.kind === 'named') return label.name;
  const base = t(lang, label.kind === 'current' ? 'app.compare.currentSide' : 'app.compare.openedSide');
  return label.draftName === null ? base : t(lang, 'app.compare.sideOfDraft', { side: base, name: label.draftName });
}
