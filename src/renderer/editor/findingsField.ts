/**
 * The findings as CodeMirror state: one mark decoration per span, mapped through every edit so
 * the marks stay on their text while the worker re-checks; replaced wholesale by `setFindings`.
 * The field also knows which finding is selected (the one under the cursor, or the one just
 * picked in the panel) and highlights its spans.
 */
import { StateEffect, StateField, type EditorState, type Range, type Transaction } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { familyOf, type Finding } from '../../core/finding';

export interface FindingsState {
  /** In draft order; the same array until the next `setFindings`. */
  findings: readonly Finding[];
  byId: ReadonlyMap<string, Finding>;
  marks: DecorationSet;
  selectedId: string | null;
  /** The selected finding's spans, drawn over its marks. */
  active: DecorationSet;
}

/** Findings computed for exactly the document they are dispatched to. */
export const setFindings = StateEffect.define<readonly Finding[]>();
/** Selects this finding even where others overlap it (a click in the panel, F8). */
export const preferFinding = StateEffect.define<string>();

const activeMark = Decoration.mark({ class: 'jk-mark-active' });

function markFor(finding: Finding): Decoration {
  return Decoration.mark({
    class: `jk-mark jk-sev-${finding.severity} jk-fam-${familyOf(finding.rule)}`,
    attributes: { 'data-finding-id': finding.id },
    findingId: finding.id,
  });
}

function idOf(mark: Decoration): string {
  return (mark.spec as { findingId: string }).findingId;
}

function buildMarks(findings: readonly Finding[], docLength: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const finding of findings) {
    const mark = markFor(finding);
    for (const span of finding.spans) {
      if (span.start < span.end && span.end <= docLength) ranges.push(mark.range(span.start, span.end));
    }
  }
  return Decoration.set(ranges, true);
}

/** The current ranges of one finding's spans (spans whose text was deleted are gone). */
function rangesIn(marks: DecorationSet, id: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let cursor = marks.iter(); cursor.value; cursor.next()) {
    if (idOf(cursor.value) === id) ranges.push({ from: cursor.from, to: cursor.to });
  }
  return ranges;
}

function idsTouching(marks: DecorationSet, from: number, to: number): string[] {
  const ids: string[] = [];
  marks.between(from, to, (_from, _to, mark) => {
    const id = idOf(mark);
    if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

function chooseSelected(previous: string | null, preferred: string | undefined, byId: ReadonlyMap<string, Finding>, candidates: string[]): string | null {
  if (preferred !== undefined && byId.has(preferred)) return preferred;
  if (previous !== null && candidates.includes(previous)) return previous;
  return candidates[0] ?? null;
}

function update(value: FindingsState, tr: Transaction): FindingsState {
  let { findings, byId, marks, active } = value;
  let rebuilt = false;
  for (const effect of tr.effects) {
    if (effect.is(setFindings)) {
      findings = effect.value;
      byId = new Map(findings.map((f) => [f.id, f]));
      marks = buildMarks(findings, tr.newDoc.length);
      rebuilt = true;
    }
  }
  if (!rebuilt && tr.docChanged) {
    marks = marks.map(tr.changes);
    active = active.map(tr.changes);
  }
  const preferred = tr.effects.find((e) => e.is(preferFinding))?.value as string | undefined;
  if (!rebuilt && preferred === undefined && !tr.selection && !tr.docChanged) return value;
  const { from, to } = tr.newSelection.main;
  const selectedId = chooseSelected(value.selectedId, preferred, byId, idsTouching(marks, from, to));
  if (rebuilt || selectedId !== value.selectedId) {
    active = selectedId === null ? Decoration.none : Decoration.set(rangesIn(marks, selectedId).map((r) => activeMark.range(r.from, r.to)));
  }
  return { findings, byId, marks, selectedId, active };
}

export const findingsField = StateField.define<FindingsState>({
  create: () => ({ findings: [], byId: new Map(), marks: Decoration.none, selectedId: null, active: Decoration.none }),
  update,
  provide: (field) => [
    EditorView.decorations.from(field, (value) => value.marks),
    EditorView.decorations.from(field, (value) => value.active),
  ],
});

export function rangesOf(state: EditorState, id: string): { from: number; to: number }[] {
  return rangesIn(state.field(findingsField).marks, id);
}

const rangesByIdCache = new WeakMap<DecorationSet, ReadonlyMap<string, { from: number; to: number }[]>>();

/** Every finding's current ranges, in one pass over the marks (cached per set of marks), for lists that ask about many findings. */
export function rangesById(state: EditorState): ReadonlyMap<string, { from: number; to: number }[]> {
  const { marks } = state.field(findingsField);
  let byId = rangesByIdCache.get(marks);
  if (!byId) {
    const map = new Map<string, { from: number; to: number }[]>();
    for (let cursor = marks.iter(); cursor.value; cursor.next()) {
      const id = idOf(cursor.value);
      const list = map.get(id);
      if (list) list.push({ from: cursor.from, to: cursor.to });
      else map.set(id, [{ from: cursor.from, to: cursor.to }]);
    }
    rangesByIdCache.set(marks, (byId = map));
  }
  return byId;
}

/** The findings whose marks cover `pos`; `side` says which way the pointer leans at a boundary. */
export function findingsAt(state: EditorState, pos: number, side: -1 | 1): Finding[] {
  const { marks, byId } = state.field(findingsField);
  const found: Finding[] = [];
  marks.between(pos, pos, (from, to, mark) => {
    if ((from === pos && side < 0) || (to === pos && side > 0)) return;
    const finding = byId.get(idOf(mark));
    if (finding && !found.includes(finding)) found.push(finding);
  });
  return found;
}
