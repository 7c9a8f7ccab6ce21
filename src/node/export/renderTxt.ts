/** Plain-text clean copy: UTF-8 without a BOM, `\n` line endings, ending with a newline. */
export function renderTxt(text: string): string {
  return text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
}
