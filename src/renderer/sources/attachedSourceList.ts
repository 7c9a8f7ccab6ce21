import type { AttachedSource } from '../../core/review/attachedSource';
import type { SourceText } from '../../core/sources/sourceText';
import type { SourceView } from '../../shared/api';

/** The sources shown after adding some: a source added again (same path) replaces the one listed. */
export function withAdded(shown: readonly SourceView[], added: readonly SourceView[]): SourceView[] {
  const paths = new Set(added.map((s) => s.attached.path));
  return [...shown.filter((s) => !paths.has(s.attached.path)), ...added];
}

/** The sources shown after one is taken off (by path); the others keep their order. */
export function withoutSource(shown: readonly SourceView[], path: string): SourceView[] {
  return shown.filter((s) => s.attached.path !== path);
}

/** What the review file records of the sources shown. */
export function recordsOf(shown: readonly SourceView[]): AttachedSource[] {
  return shown.map((s) => s.attached);
}

/** The texts the check holds the draft against: every source still readable (a changed one as it now reads). */
export function textsOf(shown: readonly SourceView[]): SourceText[] {
  return shown.flatMap((s) => {
    if (s.text === null) return [];
    return [s.pageStarts === undefined ? { name: s.attached.name, text: s.text } : { name: s.attached.name, text: s.text, pageStarts: s.pageStarts }];
  });
}
