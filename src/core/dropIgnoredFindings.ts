import type { Finding } from './finding';

/**
 * Drops every finding with a span inside an occurrence of an ignored word (the style files'
 * `[忽略]` section), whatever its family: the user has said that text is right.
 */
export function dropIgnoredFindings(findings: Finding[], text: string, ignored: readonly string[]): Finding[] {
  if (ignored.length === 0) return findings;
  return findings.filter((f) => !f.spans.some((span) => ignored.some((word) => insideOccurrence(text, span.start, span.end, word))));
}

/** Whether `word` occurs in `text` covering [start, end). */
function insideOccurrence(text: string, start: number, end: number, word: string): boolean {
  for (let at = Math.max(0, end - word.length); at <= start; at++) if (text.startsWith(word, at)) return true;
  return false;
}
