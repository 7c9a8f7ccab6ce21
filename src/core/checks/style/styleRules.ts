import { BUILTIN_STYLE_LIST } from './builtinStyleList';
import { parseStyleFile } from './parseStyleFile';
import type { ParsedStyleFile, StyleTerm } from './styleFile';

/** The style entries a check runs with, compiled once per change of the lists (not per check). */
export interface StyleRules {
  /** Terms by the UTF-16 code of their first character, longest first. */
  readonly termsByFirst: ReadonlyMap<number, readonly StyleTerm[]>;
  /** 1 at the code of every term's first character: one array read rejects most positions of a draft. */
  readonly firstChars: Uint8Array;
  /** Words no family may flag, longest first. */
  readonly ignored: readonly string[];
}

export interface StyleRuleSources {
  /** The user's style files, most specific first: an earlier file's entry for a form wins. */
  files: readonly ParsedStyleFile[];
  /** Whether the built-in list applies (after every file, so a newsroom can override its entries). */
  builtin: boolean;
}

let builtinFile: ParsedStyleFile | undefined;

/** The built-in list, parsed once. */
export function builtinStyleFile(): ParsedStyleFile {
  return (builtinFile ??= parseStyleFile(BUILTIN_STYLE_LIST, null));
}

export function compileStyleRules(sources: StyleRuleSources): StyleRules {
  const files = sources.builtin ? [...sources.files, builtinStyleFile()] : sources.files;
  const byForm = new Map<string, StyleTerm>();
  const ignored = new Set<string>();
  for (const file of files) {
    for (const term of file.terms) if (!byForm.has(term.forbidden)) byForm.set(term.forbidden, term);
    for (const entry of file.ignored) ignored.add(entry.word);
  }
  const termsByFirst = new Map<number, StyleTerm[]>();
  for (const term of byForm.values()) {
    const first = term.forbidden.charCodeAt(0);
    const list = termsByFirst.get(first) ?? [];
    list.push(term);
    termsByFirst.set(first, list);
  }
  const firstChars = new Uint8Array(0x10000);
  for (const [first, list] of termsByFirst) {
    list.sort(longestFirst);
    firstChars[first] = 1;
  }
  return { termsByFirst, firstChars, ignored: [...ignored].sort((a, b) => b.length - a.length) };
}

let defaultRules: StyleRules | undefined;

/** What a host that passes no style rules gets: the built-in list alone. */
export function defaultStyleRules(): StyleRules {
  return (defaultRules ??= compileStyleRules({ files: [], builtin: true }));
}

function longestFirst(a: StyleTerm, b: StyleTerm): number {
  return b.forbidden.length - a.forbidden.length;
}
