const QUOTE_MARK = /[“”「」]/g;

/** The spans inside “…” or 「…」 of one paragraph, in order: quoted speech keeps the speaker's style. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const opening = m[0] === '“' || m[0] === '「';
    if (opening && open === -1) open = m.index;
    else if (!opening && open !== -1) {
      spans.push({ start: open, end: m.index + 1 });
      open = -1;
    }
  }
  // An opened quote that is never closed runs to the paragraph's end (a quoted paragraph).
  if (open !== -1) spans.push({ start: open, end: text.length });
  return spans;
}
