/** A passage between Chinese double quotes: [start, end) is the content, without the marks. */
export interface QuotedPassage {
  start: number;
  end: number;
}

/** Quoted terms (“三变”) are names, not statements; only passages this long are checked against the sources. */
const MIN_QUOTE_CHARS = 8;

/**
 * The “…” passages of a text, in one linear scan: an opening mark starts a passage, the next
 * closing mark ends it; a line break or another opening mark abandons an unclosed one.
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '\n') open = ch === '“' ? i + 1 : -1;
    else if (ch === '”' && open >= 0) {
      if (i - open >= MIN_QUOTE_CHARS) out.push({ start: open, end: i });
      open = -1;
    }
  }
  return out;
}
