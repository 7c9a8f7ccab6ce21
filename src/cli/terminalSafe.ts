/**
 * Characters a terminal acts on rather than shows: C0 controls other than tab and newline (ESC
 * starts sequences that erase lines, recolour text or write the clipboard, CR overwrites a
 * line), DEL, C1 controls, and the bidirectional marks, overrides and isolates that reorder
 * what is shown. Drafts and review files come from other people, so the CLI prints none of them.
 */
export function isTerminalControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The same characters as isTerminalControl, as one character class. */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const ANY_TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text as the CLI prints it: each terminal control becomes its visible escape `\u001b`. Inside
 * JSON output that escape is the same character (JSON.stringify leaves C1 and bidi controls
 * raw), so the JSON still parses to the same data.
 */
export function terminalSafe(text: string): string {
  // Almost every text holds none: a native scan answers that for a long report in well under a millisecond.
  if (!ANY_TERMINAL_CONTROL.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isTerminalControl(code)) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
