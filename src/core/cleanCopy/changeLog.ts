import { CLEAN_TRANSFORMS, type CleanEdit, type CleanTransform } from './cleanEdit';
import type { CleanKind } from './cleanKind';

/** One edit as the log shows it: where, and a snippet of the text before and after. */
export interface ChangeLogEntry {
  transform: CleanTransform;
  kind: CleanKind;
  start: number;
  end: number;
  /** 1-based line of the edit in the original draft. */
  line: number;
  before: string;
  after: string;
}

/** What cleaning did: how many edits each transform made, and each edit. Saved with an export (JSON). */
export interface ChangeLog {
  counts: Record<CleanTransform, number>;
  entries: ChangeLogEntry[];
}

const CONTEXT = 6;
/** Removed chrome can be paragraphs long; the log shows its beginning and end. */
const MAX_SNIPPET = 40;

export function buildChangeLog(text: string, edits: readonly CleanEdit[]): ChangeLog {
  const counts = Object.fromEntries(CLEAN_TRANSFORMS.map((t) => [t, 0])) as Record<CleanTransform, number>;
  const entries: ChangeLogEntry[] = [];
  // Lines are counted incrementally: edits are sorted, so this stays linear on long drafts.
  let line = 1;
  let at = 0;
  for (const e of edits) {
    counts[e.transform]++;
    for (let i = text.indexOf('\n', at); i !== -1 && i < e.start; i = text.indexOf('\n', i + 1)) line++;
    at = e.start;
    const left = text.slice(Math.max(0, e.start - CONTEXT), e.start);
    const right = text.slice(e.end, e.end + CONTEXT);
    entries.push({
      transform: e.transform,
      kind: e.kind,
      start: e.start,
      end: e.end,
      line,
      before: left + shorten(text.slice(e.start, e.end)) + right,
      after: left + e.replacement + right,
    });
  }
  return { counts, entries };
}

function shorten(s: string): string {
  if (s.length <= MAX_SNIPPET) return s;
  const half = MAX_SNIPPET / 2;
  return `${s.slice(0, half)}…${s.slice(-half)}`;
}
