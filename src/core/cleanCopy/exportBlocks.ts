/** A block of clean copy as the export formats lay it out. */
export interface ExportBlock {
  kind: 'title' | 'paragraph';
  text: string;
}

/** Longer than this, a first line is a lead paragraph rather than a headline. */
const MAX_TITLE = 64;
const END_PUNCTUATION = /[。！？；，、：,.!?;:…]["”’」』）)]*$/;

/**
 * The clean text's paragraphs (its non-blank lines, kept as they are: with the whitespace
 * transform off, indents stay) for .md, .html and .docx. Plain text has
 * no heading markup, so one heuristic: a short first line (≤ 64 characters) without end
 * punctuation, followed by more text, is the title (<h1>, Heading 1). Subheadings cannot be
 * told from captions or bylines in plain text, so they stay paragraphs.
 */
export function exportBlocks(text: string): ExportBlock[] {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return lines.map((line, i) => ({ kind: i === 0 && lines.length > 1 && isTitle(line.trim()) ? 'title' : 'paragraph', text: line }));
}

function isTitle(line: string): boolean {
  return line.length <= MAX_TITLE && !END_PUNCTUATION.test(line);
}
