import { compileStyleRules, type StyleRules } from '../../core/checks/style/styleRules';
import type { ParsedStyleFile } from '../../core/checks/style/styleFile';
import { styleProblemMessage } from '../../core/checks/style/styleProblemMessage';
import { LocalizedError } from '../../core/i18n/localizedError';
import { t } from '../../core/i18n/messages';
import { discoverStyleFiles } from '../../node/style/discoverStyleFiles';
import { readStyleFile } from '../../node/style/readStyleFile';
import type { CliIo } from '../cliIo';

export interface DraftStyle {
  rules: StyleRules;
  /** The style files in force, nearest first. */
  files: string[];
}

/**
 * The style rules for each draft of one `check` run: the `--style` files when given (an unreadable
 * one is bad input), else the `.jiaokan-style.txt` files above the draft (an unreadable one is
 * reported and skipped). Each file is read, and its bad lines reported on stderr, once per run.
 */
export function draftStyleRules(explicit: readonly string[] | undefined, builtin: boolean, io: CliIo): (draftPath: string) => Promise<DraftStyle> {
  const parsed = new Map<string, Promise<ParsedStyleFile | undefined>>();
  const compiled = new Map<string, StyleRules>();
  const load = (path: string, required: boolean) => {
    let file = parsed.get(path);
    if (!file) {
      file = readStyleFile(path).then(
        (result) => {
          for (const problem of result.problems) io.stderr(`jiaokan: ${styleProblemMessage(path, problem, io.lang)}\n`);
          return result;
        },
        (error: unknown) => {
          if (required || !(error instanceof LocalizedError)) throw error;
          io.stderr(`jiaokan: ${t(io.lang, error.key, error.params)}\n`);
          return undefined;
        },
      );
      parsed.set(path, file);
    }
    return file;
  };
  return async (draftPath) => {
    const paths = explicit ?? (await discoverStyleFiles(draftPath));
    const files = (await Promise.all(paths.map((p) => load(p, explicit !== undefined)))).filter((f) => f !== undefined);
    const key = files.map((f) => f.file).join('\n');
    let rules = compiled.get(key);
    if (!rules) compiled.set(key, (rules = compileStyleRules({ files, builtin })));
    return { rules, files: files.map((f) => f.file!) };
  };
}
