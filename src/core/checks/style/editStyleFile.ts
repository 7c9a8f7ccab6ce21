import { parseStyleFile } from './parseStyleFile';

/** What the app adds to the user's own style file: a word never to flag, or a forbidden → preferred term. */
export type UserStyleEntry = { kind: 'ignore'; word: string } | { kind: 'term'; forbidden: string; preferred: string };

const IGNORE_HEADER = '[忽略]';
const SECTION_LINE = /^\s*\[.*\]\s*(#.*)?$/;

/** The entry as one style-file line. */
export function entryLine(entry: UserStyleEntry): string {
  return entry.kind === 'ignore' ? entry.word : `${entry.forbidden} → ${entry.preferred}`;
}

/** Whether the entry survives a round trip through the parser unchanged (no `#`, arrow or line break inside). */
export function isWritableEntry(entry: UserStyleEntry): boolean {
  const body = entry.kind === 'ignore' ? `${IGNORE_HEADER}\n${entryLine(entry)}` : entryLine(entry);
  const parsed = parseStyleFile(body, null);
  if (parsed.problems.length > 0) return false;
  if (entry.kind === 'ignore') return parsed.ignored.length === 1 && parsed.ignored[0]!.word === entry.word;
  return parsed.terms.length === 1 && parsed.terms[0]!.forbidden === entry.forbidden && parsed.terms[0]!.preferred === entry.preferred;
}

/**
 * The style file's text with the entry added, leaving every other line as the user wrote it: an
 * ignored word goes under the last `[忽略]` section (one is started at the end if there is none),
 * a term before the first section (it replaces an earlier entry for the same form).
 */
export function addStyleEntry(text: string, entry: UserStyleEntry): string {
  if (lineOf(text, entry) !== undefined) return text;
  const lines = withoutTrailingBlank(entry.kind === 'term' ? removeLine(text, termLineOf(text, entry.forbidden)) : text);
  if (entry.kind === 'term') {
    const firstSection = lines.findIndex((l) => SECTION_LINE.test(l));
    lines.splice(firstSection < 0 ? lines.length : firstSection, 0, entryLine(entry));
    return `${lines.join('\n')}\n`;
  }
  const header = lastIgnoreHeader(lines);
  if (header < 0) lines.push(IGNORE_HEADER, entry.word);
  else lines.splice(header + 1, 0, entry.word);
  return `${lines.join('\n')}\n`;
}

/** The text with the entry's line removed (undo of addStyleEntry); unchanged when it is not there. */
export function removeStyleEntry(text: string, entry: UserStyleEntry): string {
  return removeLine(text, lineOf(text, entry));
}

function lineOf(text: string, entry: UserStyleEntry): number | undefined {
  const parsed = parseStyleFile(text, null);
  if (entry.kind === 'ignore') return parsed.ignored.find((i) => i.word === entry.word)?.origin.line;
  return parsed.terms.find((t) => t.forbidden === entry.forbidden && t.preferred === entry.preferred)?.origin.line;
}

function termLineOf(text: string, forbidden: string): number | undefined {
  return parseStyleFile(text, null).terms.find((t) => t.forbidden === forbidden)?.origin.line;
}

function removeLine(text: string, line: number | undefined): string {
  if (line === undefined) return text;
  const lines = text.split(/\r\n|\r|\n/);
  lines.splice(line - 1, 1);
  return lines.join('\n');
}

function lastIgnoreHeader(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (/^\s*\[\s*(忽略|ignore)\s*\]\s*(#.*)?$/i.test(lines[i]!)) return i;
  return -1;
}

function withoutTrailingBlank(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}
