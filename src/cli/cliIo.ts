import type { Lang } from '../core/i18n/lang';

/** What a command may touch, so commands are testable without spawning a process. */
export interface CliIo {
  lang: Lang;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read whole on first use (`-` as FILE); absent where there is none to read. */
  stdin?: () => Promise<Uint8Array>;
}

/** Exit codes of the CLI contract (docs/architecture.md, "The CLI contract"). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage or input problem: printed as one line on stderr, exit 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
