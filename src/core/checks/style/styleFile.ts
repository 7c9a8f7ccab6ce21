import type { MessageKey, MessageParams } from '../../i18n/messages';

/** Where a style entry was written: a style file's path (or label) and its 1-based line. */
export interface StyleOrigin {
  /** The style file's path; null for the built-in list. */
  file: string | null;
  line: number;
}

/** One forbidden form, with the preferred form to write instead when the list gives one. */
export interface StyleTerm {
  forbidden: string;
  preferred?: string;
  /** The text after `#` on the entry's line: why, or on whose authority. */
  note?: string;
  origin: StyleOrigin;
}

/** A word that no family may flag (the `[忽略]` / `[ignore]` section). */
export interface IgnoredWord {
  word: string;
  origin: StyleOrigin;
}

/** A line the parser could not use; the rest of the file still applies. */
export interface StyleProblem {
  line: number;
  key: MessageKey;
  params: MessageParams;
}

/** A style file as parsed: its entries in file order and the lines it skipped. */
export interface ParsedStyleFile {
  file: string | null;
  terms: StyleTerm[];
  ignored: IgnoredWord[];
  problems: StyleProblem[];
}
