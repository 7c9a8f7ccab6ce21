import type { ExportBlock } from '../../core/cleanCopy/exportBlocks';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
}

/** A minimal valid UTF-8 HTML document: the title as <h1>, each paragraph a <p>. */
export function renderHtml(blocks: readonly ExportBlock[], fallbackTitle: string): string {
  const title = blocks.find((b) => b.kind === 'title')?.text.trim() ?? fallbackTitle;
  const body = blocks.map((b) => (b.kind === 'title' ? `<h1>${escapeHtml(b.text.trim())}</h1>` : `<p>${escapeHtml(b.text)}</p>`));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
