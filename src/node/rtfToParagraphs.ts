import { MAX_RTF_GROUP_DEPTH } from './draftLimits';
import { codePageOfCharset } from './rtfCodePage';
import { iconv } from './iconvLite';

export interface RtfText {
  paragraphs: string[];
  /** Whether a \pict group was met (and skipped): pictures the reader should check in the original. */
  hasPictures: boolean;
}

export class RtfFormatError extends Error {}

/**
 * Destinations whose content is not article text: tables of fonts, colours, styles and lists,
 * document info, pictures and objects, page furniture, notes, comments, field instructions (the
 * shown field result is kept) and the packages Word and LibreOffice add. Any `{\*\dest …}` the
 * reader does not know is skipped too, as the RTF specification asks.
 */
const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'fldinst', 'listtable',
  'listoverridetable', 'rsidtbl', 'revtbl', 'filetbl', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnstbl', 'generator', 'pgdsctbl', 'shpinst', 'nonshppict', 'txe', 'xe', 'tc', 'private',
  'listtext', 'pntext',
]);

/** Control words that end a paragraph, as `<p>` or `<br>` does in the .html import. */
const BREAKS = new Set(['par', 'line', 'sect', 'page', 'row', 'column']);

const SYMBOLS: Record<string, string> = {
  tab: '\t', cell: '\t', emdash: '\u2014', endash: '\u2013', lquote: '\u2018', rquote: '\u2019',
  ldblquote: '\u201c', rdblquote: '\u201d', bullet: '\u2022', emspace: '\u2003', enspace: '\u2002',
  qmspace: '\u2005',
};

const ESCAPED: Record<string, string> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', _: '\u2011', '-': '', '\t': '\t' };

/** Control word with its parameter, hex byte, control symbol, brace, line break, or a run of text. */
const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)/y;

interface GroupState {
  skip: boolean;
  hidden: boolean;
  /** Characters standing in for each \uN, for readers without Unicode (\ucN). */
  unicodeSkip: number;
  /** The font in force (\fN); its charset decides the code page of \'hh bytes. */
  font: number | undefined;
  /** Inside \fonttbl: the charset of each font is recorded, not printed. */
  fontTable: boolean;
}

/**
 * Reads RTF text into paragraphs. A small interpreter rather than a library: the maintained npm
 * RTF parser (rtf-stream-parser) only unwraps Outlook's encapsulated HTML or text in its public
 * API, and the others have not been kept up for years. It honours groups, \uN with its \ucN
 * fallback, \'hh bytes in the code page in force (\ansicpgN, or a font's \fcharsetN: GBK for
 * 134, Big5 for 136), \bin data, hidden text, and skips the destinations that hold no text.
 */
export function rtfToParagraphs(rtf: Uint8Array): RtfText {
  const source = Buffer.from(rtf.buffer, rtf.byteOffset, rtf.byteLength).toString('latin1');
  const paragraphs: string[] = [];
  const fontCodePages = new Map<number, number>();
  let paragraph = '';
  let pending: number[] = [];
  let hasPictures = false;
  let documentCodePage = 1252;
  let defaultFont: number | undefined;
  let fontBeingDefined = -1;
  let skipAfterUnicode = 0;
  let state: GroupState = { skip: false, hidden: false, unicodeSkip: 1, font: undefined, fontTable: false };
  const stack: GroupState[] = [];
  let destinationExpected = false;
  let ignorable = false;

  const flushBytes = (): void => {
    if (pending.length === 0) return;
    const font = state.font ?? defaultFont;
    const codePage = `cp${(font !== undefined ? fontCodePages.get(font) : undefined) ?? documentCodePage}`;
    paragraph += iconv().decode(Buffer.from(pending), iconv().encodingExists(codePage) ? codePage : 'cp1252');
    pending = [];
  };
  const printing = (): boolean => !state.skip && !state.hidden && !state.fontTable;
  const emit = (text: string): void => {
    if (!printing()) return;
    flushBytes();
    paragraph += text;
  };
  const endParagraph = (): void => {
    flushBytes();
    paragraphs.push(paragraph);
    paragraph = '';
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    const [, word, parameter, hex, symbol, brace, text] = match;
    const startsGroup: boolean = destinationExpected;
    destinationExpected = false;
    if (brace !== undefined) {
      flushBytes();
      skipAfterUnicode = 0;
      if (brace === '{') {
        if (stack.length >= MAX_RTF_GROUP_DEPTH) throw new RtfFormatError('groups nested too deep');
        stack.push(state);
        state = { ...state };
        destinationExpected = true;
      } else {
        state = stack.pop() ?? state;
      }
      ignorable = false;
      continue;
    }
    if (skipAfterUnicode > 0) {
      if (text !== undefined) {
        const dropped = Math.min(skipAfterUnicode, text.length);
        skipAfterUnicode -= dropped;
        if (dropped < text.length) emitText(text.slice(dropped));
      } else if (match[0].startsWith('\\')) {
        skipAfterUnicode--;
        if (word === 'bin') TOKEN.lastIndex += Number(parameter ?? 0);
      }
      continue;
    }
    if (hex !== undefined) {
      if (printing()) pending.push(parseInt(hex, 16));
    } else if (text !== undefined) {
      emitText(text);
    } else if (symbol !== undefined) {
      if (symbol === '*') {
        ignorable = startsGroup || ignorable;
        destinationExpected = startsGroup;
      } else if (symbol === '\n' || symbol === '\r') {
        if (printing()) endParagraph();
      } else if (ESCAPED[symbol] !== undefined) emit(ESCAPED[symbol]);
    } else if (word !== undefined) {
      controlWord(word, parameter === undefined ? undefined : Number(parameter), startsGroup);
    }
  }
  if (paragraph !== '' || pending.length > 0) endParagraph();
  return { paragraphs, hasPictures };

  function emitText(text: string): void {
    if (!printing()) return;
    for (let i = 0; i < text.length; i++) pending.push(text.charCodeAt(i));
  }

  function controlWord(word: string, parameter: number | undefined, startsGroup: boolean): void {
    if (startsGroup || ignorable) {
      const known = SKIPPED_DESTINATIONS.has(word) || word === 'fonttbl';
      if (word === 'pict') hasPictures = true;
      if (word === 'fonttbl') state.fontTable = true;
      else if (known || ignorable) state.skip = true;
      ignorable = false;
      if (known || state.skip) return;
    }
    if (word === 'bin') {
      TOKEN.lastIndex += parameter ?? 0;
    } else if (word === 'u' && parameter !== undefined) {
      emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
      skipAfterUnicode = state.unicodeSkip;
    } else if (word === 'uc') {
      state.unicodeSkip = parameter ?? 1;
    } else if (word === 'ansicpg' && parameter !== undefined) {
      documentCodePage = parameter;
    } else if (word === 'deff') {
      defaultFont = parameter;
    } else if (word === 'f' && parameter !== undefined) {
      if (state.fontTable) fontBeingDefined = parameter;
      else {
        flushBytes();
        state.font = parameter;
      }
    } else if (word === 'fcharset' && state.fontTable && parameter !== undefined) {
      const codePage = codePageOfCharset(parameter);
      if (codePage !== undefined) fontCodePages.set(fontBeingDefined, codePage);
    } else if (word === 'cpg' && state.fontTable && parameter !== undefined) {
      fontCodePages.set(fontBeingDefined, parameter);
    } else if (word === 'v') {
      flushBytes();
      state.hidden = parameter !== 0;
    } else if (BREAKS.has(word)) {
      if (printing()) endParagraph();
    } else if (SYMBOLS[word] !== undefined) {
      emit(SYMBOLS[word]);
    }
  }
}
