import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';
import { applyHunks } from '../../../src/core/diff/hunkWriter';
import { EDIT_CHARS, REVISION_SENTENCES } from '../../fixtures/diff/revisionSentences';

const char = fc.constantFrom(...EDIT_CHARS);
const sentence = fc.constantFrom(...REVISION_SENTENCES);
/** A paragraph: one to three team sentences, sometimes with random characters between them. */
const paragraph = fc.array(fc.oneof(sentence, fc.string({ unit: char, minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
/** A draft: paragraphs joined by newlines, blank lines allowed. */
const draft = fc.array(fc.oneof({ weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 12 }).map((ps) => ps.join('\n'));

type Edit =
  | { kind: 'insert' | 'replace'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicateParagraph' | 'deleteParagraph'; index: number }
  | { kind: 'moveParagraph'; from: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: char, minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ unit: char, minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicateParagraph' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('deleteParagraph' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('moveParagraph' as const), from: fc.nat(), to: fc.nat() }),
);

function applyEdit(text: string, e: Edit): string {
  const paragraphs = text.split('\n');
  switch (e.kind) {
    case 'insert':
      return text.slice(0, e.at % (text.length + 1)) + e.text + text.slice(e.at % (text.length + 1));
    case 'replace': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at + e.text.length);
    }
    case 'delete': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'duplicateParagraph': {
      const i = e.index % paragraphs.length;
      paragraphs.splice(i, 0, paragraphs[i]!);
      return paragraphs.join('\n');
    }
    case 'deleteParagraph':
      paragraphs.splice(e.index % paragraphs.length, 1);
      return paragraphs.join('\n');
    case 'moveParagraph': {
      const [moved] = paragraphs.splice(e.from % paragraphs.length, 1);
      paragraphs.splice(e.to % (paragraphs.length + 1), 0, moved!);
      return paragraphs.join('\n');
    }
  }
}

const revisionPair = fc.tuple(draft, fc.array(edit, { maxLength: 8 })).map(([old, edits]) => ({ old, next: edits.reduce(applyEdit, old) }));

describe('diffRevisions properties', () => {
  it('applying the hunks to the old text rebuilds the new text exactly', () => {
    fc.assert(
      fc.property(revisionPair, fc.boolean(), fc.boolean(), ({ old, next }, ignoreWhitespace, ignorePunctuationWidth) => {
        const d = diffRevisions(old, next, { ignoreWhitespace, ignorePunctuationWidth });
        expect(applyHunks(old, d.hunks)).toBe(next);
        for (const h of d.hunks) {
          expect(old.slice(h.oldStart, h.oldEnd)).toBe(h.oldText);
          expect(next.slice(h.newStart, h.newEnd)).toBe(h.newText);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps paragraph rows in document order on both sides and every part text at its offsets', () => {
    fc.assert(
      fc.property(revisionPair, ({ old, next }) => {
        const d = diffRevisions(old, next);
        const oldIdx = d.paragraphs.flatMap((r) => (r.oldIndex === null ? [] : [r.oldIndex]));
        const newIdx = d.paragraphs.flatMap((r) => (r.newIndex === null ? [] : [r.newIndex]));
        expect(oldIdx).toEqual(old.split('\n').map((_, i) => i));
        expect(newIdx).toEqual(next.split('\n').map((_, i) => i));
        for (const part of d.paragraphs.flatMap((r) => r.parts ?? [])) {
          if (part.op !== 'added') expect(old.slice(part.oldOffset, part.oldOffset + part.text.length)).toBe(part.text);
          if (part.op !== 'removed') expect(next.slice(part.newOffset, part.newOffset + part.text.length)).toBe(part.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports a paragraph moved elsewhere unchanged as a move, not as a deletion and an insertion', () => {
    const distinct = fc.uniqueArray(fc.constantFrom(...REVISION_SENTENCES), { minLength: 3, maxLength: REVISION_SENTENCES.length });
    fc.assert(
      fc.property(distinct, fc.nat(), fc.nat(), (paragraphs, from, to) => {
        const f = from % paragraphs.length;
        const rest = paragraphs.filter((_, i) => i !== f);
        const t = to % (rest.length + 1);
        fc.pre(t !== f);
        const moved = [...rest.slice(0, t), paragraphs[f]!, ...rest.slice(t)];
        const old = paragraphs.join('\n');
        const next = moved.join('\n');
        const d = diffRevisions(old, next);
        expect(applyHunks(old, d.hunks)).toBe(next);
        expect(d.summary.paragraphsMoved).toBeGreaterThanOrEqual(1);
        expect(d.summary.paragraphsAdded).toBe(0);
        expect(d.summary.paragraphsRemoved).toBe(0);
        expect(d.moves.every((m) => m.identical && old.slice(m.oldStart, m.oldEnd) === m.text && next.slice(m.newStart, m.newEnd) === m.text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing between identical texts', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const d = diffRevisions(text, text);
        expect(d.hunks).toEqual([]);
        expect(d.moves).toEqual([]);
        expect(d.changes).toEqual([]);
        expect(d.summary).toEqual({ paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsChanged: 0, paragraphsMoved: 0, charsAdded: 0, charsRemoved: 0 });
        expect(d.paragraphs.every((r) => r.kind === 'same')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
