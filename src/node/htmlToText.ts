import { Parser } from 'htmlparser2';
import { HAN } from '../core/text/cjk';
import { MAX_HTML_DEPTH } from './draftLimits';
import { DraftReadError } from './draftReadError';

/** Elements that start and end a paragraph, as a browser lays them out. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', 'body', 'html',
]);

/**
 * Elements whose content is not article text: code, styling, embedded objects, page furniture
 * (navigation menus, form buttons). The head itself is not skipped, because pages that never
 * close it would lose their body (its other children carry no text); its title is, since it
 * repeats the headline the body carries as its h1, and a doubled headline reads as repetition.
 */
const SKIPPED = new Set([
  'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'audio', 'video', 'select', 'button', 'nav',
]);

const CELLS = new Set(['td', 'th']);

/** Characters between which a browser drops a line break instead of showing a space (CSS Text 3). */
const WIDE = `${HAN}\\u3000-\\u303f\\u3040-\\u30ff\\uff01-\\uff60\\uffe0-\\uffe6`;
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const WIDE_CHAR = new RegExp(`[${WIDE}]`);

/**
 * The text of an HTML page as a reader sees it, one paragraph per line: block elements and
 * `<br>` break paragraphs, whitespace collapses as in a browser, entities are decoded, and
 * scripts, styles, navigation and other non-article elements are dropped. The page is only
 * parsed (htmlparser2, a tolerant streaming parser with no DOM): nothing in it is ever run or
 * fetched, so scripts and event-handler attributes are inert. Empty paragraphs are not kept,
 * as a browser shows none for an empty block. A page nesting more than MAX_HTML_DEPTH elements
 * is refused (importer.htmlTooDeep) as soon as it gets there, before the parser slows down.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let inline = '';
  let preText = '';
  let skipDepth = 0;
  let preDepth = 0;
  let depth = 0;

  const flush = (): void => {
    const text = collapseWhitespace(inline);
    if (text) paragraphs.push(text);
    inline = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_HTML_DEPTH) throw new DraftReadError('importer.htmlTooDeep', { limit: MAX_HTML_DEPTH });
        if (skipDepth > 0 || SKIPPED.has(name) || 'hidden' in attributes) {
          skipDepth++;
          return;
        }
        if (name === 'pre') {
          if (preDepth++ === 0) flush();
        } else if (name === 'br') {
          if (preDepth > 0) preText += '\n';
          else flush();
        } else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (preDepth > 0) preText += text;
        else inline += text;
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'pre') {
          if (--preDepth === 0) {
            for (const line of preText.split(/\r\n?|\n/)) if (line.trim()) paragraphs.push(line.replace(/\u00a0/g, ' '));
            preText = '';
          }
        } else if (BLOCKS.has(name)) flush();
        else if (CELLS.has(name)) inline += ' ';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n');
}

/**
 * Collapses runs of HTML whitespace to one space and trims the ends; a run that holds a line
 * break between two wide (CJK) characters vanishes, since Chinese wraps lines in the source
 * without meaning a space. A no-break space is kept as an ordinary space, uncollapsed.
 */
export function collapseWhitespace(text: string): string {
  const collapsed = text.replace(COLLAPSIBLE, (run, offset: number, whole: string) => {
    const breaksLine = run.includes('\n') || run.includes('\r');
    const joinsWide = WIDE_CHAR.test(whole[offset - 1] ?? '') && WIDE_CHAR.test(whole[offset + run.length] ?? '');
    return breaksLine && joinsWide ? '' : ' ';
  });
  return collapsed.replace(/^ +| +$/g, '').replace(/\u00a0/g, ' ');
}
