import type { RawFinding } from '../checks/check';
import { punctuationCheck } from '../checks/punctuation/punctuationCheck';
import { splitParagraphs } from '../text/paragraphs';
import { compareEdits, editsOverlap, type CleanEdit } from './cleanEdit';
import type { CleanKind } from './cleanKind';

/**
 * GB/T 15834 in Chinese text, as clean copy: every suggestion the punctuation check makes,
 * applied. One engine decides what is Chinese text, so the check's cards and the exported copy
 * never disagree (issue 18). Only the check's raw output is used: the engine folds a paragraph's
 * findings past a few per rule, and clean copy still fixes every one of them.
 */
export function punctuationEdits(text: string): CleanEdit[] {
  const edits: CleanEdit[] = [];
  const ctx = { text, paragraphs: [], lang: 'en' as const };
  for (const p of splitParagraphs(text)) {
    if (p.text.length === 0) continue;
    const found: CleanEdit[] = [];
    for (const f of punctuationCheck.runParagraph(p.text, ctx)) {
      const span = f.spans[0];
      if (span && f.suggestion) found.push({ start: p.start + span.start, end: p.start + span.end, replacement: f.suggestion.replacement, transform: 'punctuation', kind: kindOf(f) });
    }
    found.sort(compareEdits);
    for (const e of found) if (edits.length === 0 || !editsOverlap(edits[edits.length - 1]!, e)) edits.push(e);
  }
  return edits;
}

/** The change log's name for a punctuation fix. */
function kindOf(f: RawFinding): CleanKind {
  switch (f.rule) {
    case 'punctuation.ellipsis':
      return 'ellipsis';
    case 'punctuation.dash':
      return 'dash';
    case 'punctuation.straight-quote':
    case 'punctuation.mixed-quotes':
      return 'quote';
    default:
      return f.suggestion?.replacement === '（' || f.suggestion?.replacement === '）' ? 'bracket' : 'mark';
  }
}
