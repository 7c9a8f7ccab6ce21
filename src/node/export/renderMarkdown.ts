import type { ExportBlock } from '../../core/cleanCopy/exportBlocks';
import { oneOf, trailingRunStart } from '../../core/text/trailingRun';

/**
 * Line starts that Markdown would read as markup: headings, quotes, list items, numbered
 * items, thematic breaks, code fences, HTML. Only these are escaped; inline characters stay
 * as written, so the text reads the same in a plain editor.
 */
const MARKUP_AT_START = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|(?:[-*_][ \t]*){3,}$|`{3,}|~{3,}|<)/;
const NUMBERED = /^(\d{1,9})([.)])/;
const isBlank = oneOf(' \t');

/** Markdown clean copy: the title as `# `, paragraphs separated by blank lines. */
export function renderMarkdown(blocks: readonly ExportBlock[]): string {
  const lines = blocks.map((b) => (b.kind === 'title' ? `# ${escapeLineStart(b.text.trim())}` : escapeLineStart(b.text)));
  return lines.length === 0 ? '' : `${lines.join('\n\n')}\n`;
}

function escapeLineStart(line: string): string {
  // Leading ASCII spaces would make an indented code block; Markdown cannot carry them anyway.
  // Trimmed by a backward scan: `/[ \t]+$/` is quadratic on a run of spaces followed by a letter.
  const start = line.length - line.replace(/^[ \t]+/, '').length;
  const text = line.slice(start, Math.max(start, trailingRunStart(line, isBlank)));
  if (!MARKUP_AT_START.test(text)) return text;
  const numbered = NUMBERED.exec(text);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${text.slice(numbered[0].length)}`;
  return `\\${text}`;
}
