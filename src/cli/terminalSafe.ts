/**
 * Characters a terminal acts on rather than shows: C0 controls other than tab and newline (ESC
 * starts sequences that erase lines, recolour text or write the clipboard, CR overwrites a
 * line), DEL, C1 controls, and the bidirectional overrides and isolates that reorder what is
 * shown. Drafts and review files come from other people, so the CLI prints none of them.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as the CLI prints it: each unsafe character becomes its visible escape `\u001b`. Inside
 * JSON output that escape is the same character (JSON.stringify leaves C1 and bidi controls
 * raw), so the JSON still parses to the same data.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
