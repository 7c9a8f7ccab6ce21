/**
 * The comparison's wire format between the check worker and the page. A 1 MB comparison has tens
 * of thousands of inline parts: as objects, copying them to the page stalled it for half a
 * second. Packed, rows and parts are two Int32Arrays (a plain memory copy), and a part's text is
 * a slice of the old or new text, which the page already holds.
 */
import type { InlinePart, ParagraphRow, PartOp, RevisionDiff, RowKind } from '../../core/diff/revisionDiff';

export interface PackedDiff extends Omit<RevisionDiff, 'hunks' | 'paragraphs'> {
  rowCount: number;
  /** ROW_STRIDE numbers per row; see packDiff. */
  rows: Int32Array;
  /** PART_STRIDE numbers per part: op and trivial flag, old offset, new offset, length. */
  parts: Int32Array;
}

/** A comparison as the views use it: rows decoded (without parts); a row's inline parts decoded when it is shown. */
export interface ShownDiff extends Omit<RevisionDiff, 'hunks' | 'paragraphs'> {
  paragraphs: ParagraphRow[];
  partsOf(row: number): InlinePart[] | undefined;
}

const KINDS: readonly RowKind[] = ['same', 'changed', 'added', 'removed', 'moved'];
const OPS: readonly PartOp[] = ['equal', 'removed', 'added'];
const ROW_STRIDE = 11;
const PART_STRIDE = 4;
const NONE = -1;
const TRIVIAL = 4;

export function packDiff(diff: RevisionDiff): PackedDiff {
  const { paragraphs } = diff;
  const partCount = paragraphs.reduce((sum, row) => sum + (row.parts?.length ?? 0), 0);
  const rows = new Int32Array(paragraphs.length * ROW_STRIDE);
  const parts = new Int32Array(partCount * PART_STRIDE);
  let p = 0;
  paragraphs.forEach((row, i) => {
    const r = i * ROW_STRIDE;
    rows[r] = KINDS.indexOf(row.kind);
    rows[r + 1] = row.oldIndex ?? NONE;
    rows[r + 2] = row.oldStart ?? NONE;
    rows[r + 3] = row.oldEnd ?? NONE;
    rows[r + 4] = row.newIndex ?? NONE;
    rows[r + 5] = row.newStart ?? NONE;
    rows[r + 6] = row.newEnd ?? NONE;
    rows[r + 7] = row.moveIndex ?? NONE;
    rows[r + 8] = row.trivial ? 1 : 0;
    rows[r + 9] = row.parts ? p : NONE;
    rows[r + 10] = row.parts?.length ?? 0;
    for (const part of row.parts ?? []) {
      const q = p++ * PART_STRIDE;
      parts[q] = OPS.indexOf(part.op) | (part.trivial ? TRIVIAL : 0);
      parts[q + 1] = part.oldOffset;
      parts[q + 2] = part.newOffset;
      parts[q + 3] = part.text.length;
    }
  });
  return { summary: diff.summary, moves: diff.moves, changes: diff.changes, changesTruncated: diff.changesTruncated, rowCount: paragraphs.length, rows, parts };
}

/** Decodes the rows; a part's text is cut from `oldText` (equal and removed parts) or `newText` (added parts). */
export function unpackDiff(packed: PackedDiff, oldText: string, newText: string): ShownDiff {
  const { rowCount, rows, parts, ...rest } = packed;
  const nullable = (n: number): number | null => (n === NONE ? null : n);
  const paragraphs: ParagraphRow[] = [];
  for (let i = 0; i < rowCount; i++) {
    const r = i * ROW_STRIDE;
    const row: ParagraphRow = {
      kind: KINDS[rows[r]!]!,
      oldIndex: nullable(rows[r + 1]!),
      oldStart: nullable(rows[r + 2]!),
      oldEnd: nullable(rows[r + 3]!),
      newIndex: nullable(rows[r + 4]!),
      newStart: nullable(rows[r + 5]!),
      newEnd: nullable(rows[r + 6]!),
    };
    if (rows[r + 7] !== NONE) row.moveIndex = rows[r + 7]!;
    if (rows[r + 8] === 1) row.trivial = true;
    paragraphs.push(row);
  }
  const partsOf = (i: number): InlinePart[] | undefined => {
    const first = rows[i * ROW_STRIDE + 9];
    if (first === undefined || first === NONE) return undefined;
    const count = rows[i * ROW_STRIDE + 10]!;
    const out: InlinePart[] = [];
    for (let k = first; k < first + count; k++) {
      const q = k * PART_STRIDE;
      const op = OPS[parts[q]! & 3]!;
      const oldOffset = parts[q + 1]!;
      const newOffset = parts[q + 2]!;
      const length = parts[q + 3]!;
      const text = op === 'added' ? newText.slice(newOffset, newOffset + length) : oldText.slice(oldOffset, oldOffset + length);
      out.push({ op, text, oldOffset, newOffset, ...(parts[q]! & TRIVIAL ? { trivial: true } : {}) });
    }
    return out;
  };
  return { ...rest, paragraphs, partsOf };
}
