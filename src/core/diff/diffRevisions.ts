import { splitParagraphs, type Paragraph } from '../text/paragraphs';
import { alignParagraphs, type AlignedStep } from './alignParagraphs';
import { detectMoves } from './detectMoves';
import { factChanges } from './factChanges';
import { HunkWriter } from './hunkWriter';
import { ignoreKeyFn } from './ignoreKey';
import { clustersToParts, diffParagraphPair, isTrivial, type ChangeCluster } from './inlineDiff';
import type { DiffOptions, FactChange, InlinePart, ParagraphMove, ParagraphRow, RevisionDiff } from './revisionDiff';
import { TokenIds } from './tokenize';
import { WordProbe } from './wordProbe';

/** Intl.Segmenter windows per comparison (see WordProbe): a few ms at most. */
const WORD_PROBE_BUDGET = 48;
const PROGRESS_EVERY = 256;
/** The ignore key of a pair whose paragraphs already compare equal under the ignore options: every change in it is trivial. */
const SAME_KEY = (): string => '';

/**
 * Compares two revisions of a draft (both normalised to `\n` line endings): paragraphs aligned
 * first, moves found, then each changed pair diffed inside. Synchronous and pure, for the
 * renderer's worker (pass onProgress), main and the CLI.
 */
export function diffRevisions(oldText: string, newText: string, options: DiffOptions = {}): RevisionDiff {
  const progress = options.onProgress ?? (() => {});
  const ignoreKey = ignoreKeyFn(options);
  const oldParas = splitParagraphs(oldText);
  const newParas = splitParagraphs(newText);
  const oldTexts = oldParas.map((p) => p.text);
  const newTexts = newParas.map((p) => p.text);
  const oldKeys = ignoreKey ? oldTexts.map(ignoreKey) : oldTexts;
  const newKeys = ignoreKey ? newTexts.map(ignoreKey) : newTexts;
  const steps = alignParagraphs(oldTexts, newTexts, oldKeys, newKeys);
  const movePairs = detectMoves(steps, oldTexts, newTexts, oldKeys, newKeys);
  progress(0.1);

  const moveOfStep = new Map<number, number>();
  const moves: ParagraphMove[] = movePairs.map((m, index) => {
    moveOfStep.set(m.removedStep, index);
    moveOfStep.set(m.addedStep, index);
    const o = oldParas[(steps[m.removedStep] as { oldIndex: number }).oldIndex]!;
    const n = newParas[(steps[m.addedStep] as { newIndex: number }).newIndex]!;
    return { oldIndex: o.index, newIndex: n.index, oldStart: o.start, oldEnd: o.end, newStart: n.start, newEnd: n.end, text: n.text, identical: o.text === n.text };
  });

  const probe = new WordProbe(WORD_PROBE_BUDGET);
  const tokens = new TokenIds();
  const hunks = new HunkWriter();
  const rows: ParagraphRow[] = [];
  const changes: FactChange[] = [];
  const summary = { paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsChanged: 0, paragraphsMoved: moves.length, charsAdded: 0, charsRemoved: 0 };
  let changesTruncated = false;
  let oldCursor = 0;
  let newCursor = 0;
  const oldUnitEnd = (p: Paragraph): number => (p.index < oldParas.length - 1 ? p.end + 1 : p.end);
  const newUnitEnd = (p: Paragraph): number => (p.index < newParas.length - 1 ? p.end + 1 : p.end);

  /** Inline diff of a pair; returns its parts and whether any change is non-trivial, recording facts and counts. */
  const inner = (o: Paragraph, n: Paragraph, allTrivial: boolean): { parts: InlinePart[]; clusters: ChangeCluster[]; key: typeof ignoreKey; real: boolean } => {
    const clusters = diffParagraphPair(o.text, n.text, tokens, probe);
    const key = allTrivial ? SAME_KEY : ignoreKey;
    const parts = clustersToParts(clusters, o.text, n.text, o.start, n.start, key);
    let real = false;
    for (const p of parts) {
      if (p.op === 'equal' || p.trivial) continue;
      real = true;
      if (p.op === 'added') summary.charsAdded += p.text.length;
      else summary.charsRemoved += p.text.length;
    }
    if (real) {
      const facts = factChanges(clusters, o, n, probe);
      changes.push(...facts.changes);
      changesTruncated ||= facts.truncated;
    }
    return { parts, clusters, key, real };
  };

  steps.forEach((step, i) => {
    if (i % PROGRESS_EVERY === 0) progress(0.1 + (0.9 * i) / steps.length);
    const moveIndex = moveOfStep.get(i);
    if (step.kind === 'removed') {
      const o = oldParas[step.oldIndex]!;
      hunks.add(o.start, oldUnitEnd(o), newCursor, newCursor, false);
      oldCursor = oldUnitEnd(o);
      if (isBlank(o)) {
        rows.push({ ...sides(o, null), kind: 'same' });
        return;
      }
      if (moveIndex === undefined) summary.paragraphsRemoved++;
      if (moveIndex === undefined) summary.charsRemoved += o.text.length;
      rows.push({ ...sides(o, null), kind: moveIndex === undefined ? 'removed' : 'moved', ...(moveIndex === undefined ? {} : { moveIndex }) });
      return;
    }
    if (step.kind === 'added') {
      const n = newParas[step.newIndex]!;
      hunks.add(oldCursor, oldCursor, n.start, newUnitEnd(n), false);
      newCursor = newUnitEnd(n);
      if (isBlank(n)) {
        rows.push({ ...sides(null, n), kind: 'same' });
        return;
      }
      if (moveIndex === undefined) {
        summary.paragraphsAdded++;
        summary.charsAdded += n.text.length;
        rows.push({ ...sides(null, n), kind: 'added' });
        return;
      }
      const move = moves[moveIndex]!;
      const row: ParagraphRow = { ...sides(null, n), kind: 'moved', moveIndex };
      if (!move.identical) row.parts = inner(oldParas[move.oldIndex]!, n, oldKeys[move.oldIndex] === newKeys[n.index]).parts;
      rows.push(row);
      return;
    }
    rows.push(pairedRow(step, inner));
  });

  function pairedRow(step: Extract<AlignedStep, { oldIndex: number; newIndex: number }>, diffPair: typeof inner): ParagraphRow {
    const o = oldParas[step.oldIndex]!;
    const n = newParas[step.newIndex]!;
    const row: ParagraphRow = { ...sides(o, n), kind: 'same' };
    if (o.text !== n.text && isBlank(o) && isBlank(n)) {
      hunks.add(o.start, o.end, n.start, n.end, false);
    } else if (o.text !== n.text) {
      const { parts, clusters, key, real } = diffPair(o, n, step.kind === 'same');
      for (const c of clusters) {
        hunks.add(o.start + c.oldStart, o.start + c.oldEnd, n.start + c.newStart, n.start + c.newEnd, isTrivial(c, o.text, n.text, key));
      }
      row.parts = parts;
      if (real) {
        row.kind = 'changed';
        summary.paragraphsChanged++;
      } else {
        row.trivial = true;
      }
    }
    const oldSep = oldUnitEnd(o) > o.end;
    const newSep = newUnitEnd(n) > n.end;
    if (oldSep !== newSep) hunks.add(o.end, oldUnitEnd(o), n.end, newUnitEnd(n), false);
    oldCursor = oldUnitEnd(o);
    newCursor = newUnitEnd(n);
    return row;
  }

  progress(1);
  return { summary, paragraphs: rows, moves, changes, changesTruncated, hunks: hunks.hunks(oldText, newText) };
}

/**
 * A line with nothing but spaces separates paragraphs; it is not one. Adding or removing it is in
 * the hunks (they rebuild the text) but its row is 'same', never counted as a paragraph added or removed.
 */
function isBlank(p: Paragraph): boolean {
  return p.text.trim() === '';
}

function sides(o: Paragraph | null, n: Paragraph | null): Omit<ParagraphRow, 'kind'> {
  return {
    oldIndex: o?.index ?? null,
    oldStart: o?.start ?? null,
    oldEnd: o?.end ?? null,
    newIndex: n?.index ?? null,
    newStart: n?.start ?? null,
    newEnd: n?.end ?? null,
  };
}
