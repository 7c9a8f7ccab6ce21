/** Spaces a writer types to indent a paragraph's first line: ASCII, full-width (U+3000) or tabs. */
export const LEADING_INDENT = /^[ \t\u3000]+/;

/** Whether the draft indents its paragraphs' first lines (a line that is only spaces does not count). */
export function hasIndentedParagraphs(text: string): boolean {
  return /^[ \t\u3000]+\S/mu.test(text);
}
