import { t } from '../../../src/core/i18n/messages';
import { runCli } from '../../../src/cli/runCli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stack-trace frame as Node prints one: `    at fn (file:12:34)`. */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;

/** The start of the CLI's "internal error, please report" line: bad input must never end there. */
export const INTERNAL_ERROR_PREFIX = `jiaokan: ${t('en', 'cli.internalError').split('{reason}')[0]}`;

/** Runs the CLI in this process with English messages and captured output. */
export async function runCliCaptured(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--lang', 'en'], {}, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** What every run must satisfy, bad input or not; returns the first breach, if any. */
export function cliContractBreach(run: CliRun): string | undefined {
  if (![0, 1, 2].includes(run.code)) return `exit code ${run.code}`;
  if (STACK_FRAME.test(run.stdout) || STACK_FRAME.test(run.stderr)) return `stack trace printed: ${run.stderr || run.stdout}`;
  if (run.stderr.startsWith(INTERNAL_ERROR_PREFIX)) return `internal error instead of a message: ${run.stderr}`;
  if (run.code === 2 && !/^jiaokan: [^\n]+\n$/.test(run.stderr)) return `exit 2 without exactly one line on stderr: ${JSON.stringify(run.stderr)}`;
  return undefined;
}
