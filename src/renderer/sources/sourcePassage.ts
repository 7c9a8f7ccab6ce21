import { diffParagraphPair } from '../../core/diff/inlineDiff';
import { TokenIds } from '../../core/diff/tokenize';
import { WordProbe } from '../../core/diff/wordProbe';
import type { Finding } from '../../core/finding';
import type { Source } from '../../core/review/review';
import type { SourceCitation } from '../../core/sources/sourceCitation';
import type { Segment } from '../components/compare/paragraphSegments';

/** Word-boundary look-ups one side-by-side pair may spend (two short sentences need few). */
const WORD_PROBE_BUDGET = 64;
const SENTENCE_END = /[。！？!?\n]/;
/** A citation's passage is cut here: the review file keeps a label, not the source. */
const MAX_PASSAGE_CHARS = 500;

/** The source's side of a source.* finding, as the check put it in the evidence; undefined for an unsourced sentence. */
export function citationOf(finding: Finding): SourceCitation | undefined {
  const e = finding.evidence;
  return e?.of === 'source' ? e : undefined;
}

/** The draft sentence holding the finding's first span. */
export function draftSentence(text: string, finding: Finding): string {
  const span = finding.spans[0]!;
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '')) end++;
  return text.slice(start, end).trim();
}

/**
 * The source sentence and the draft sentence as the compare view marks them: what the source
 * says that the draft does not (<del>), what the draft says instead (<ins>).
 */
export function sideBySide(sourceSentence: string, draft: string): { source: Segment[]; draft: Segment[] } {
  const clusters = diffParagraphPair(sourceSentence, draft, new TokenIds(), new WordProbe(WORD_PROBE_BUDGET));
  const source: Segment[] = [];
  const drafted: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const c of clusters) {
    push(source, 'text', sourceSentence.slice(oldAt, c.oldStart));
    push(source, 'del', sourceSentence.slice(c.oldStart, c.oldEnd));
    push(drafted, 'text', draft.slice(newAt, c.newStart));
    push(drafted, 'ins', draft.slice(c.newStart, c.newEnd));
    oldAt = c.oldEnd;
    newAt = c.newEnd;
  }
  push(source, 'text', sourceSentence.slice(oldAt));
  push(drafted, 'text', draft.slice(newAt));
  return { source, draft: drafted };
}

function push(segments: Segment[], mark: Segment['mark'], text: string): void {
  if (text) segments.push({ mark, text });
}

/** The citation 已核实 records: the document, and the page and passage it was checked against. */
export function documentCitation(citation: SourceCitation, pageLabel: (page: number) => string): Source {
  const passage = citation.sourceSentence.slice(0, MAX_PASSAGE_CHARS);
  const label = citation.page === undefined ? passage : `${pageLabel(citation.page)}${passage}`;
  return { kind: 'document', value: citation.sourceFile, label };
}
