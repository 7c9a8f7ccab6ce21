import type { CliIo } from '../cliIo';

export interface CliCommand {
  name: string;
  /** One line for `jiaokan --help`. */
  summary: string;
  /** Returns the exit code; throws CliUsageError or DraftReadError for bad input. */
  run(argv: string[], io: CliIo): Promise<number>;
}
