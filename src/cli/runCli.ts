import { t } from '../core/i18n/messages';
import { LocalizedError } from '../core/i18n/localizedError';
import { cliLang } from './cliLang';
import { CliUsageError, EXIT_USAGE, type CliIo } from './cliIo';
import { ALL_COMMANDS } from './commands/allCommands';
import { terminalSafe } from './terminalSafe';

/**
 * Runs one CLI invocation and returns its exit code; errors become one line on stderr.
 * Everything any command prints passes through terminalSafe.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: Omit<CliIo, 'lang'>): Promise<number> {
  const { lang, rest, bad } = cliLang(argv, env);
  const io: CliIo = { lang, stdout: (text) => out.stdout(terminalSafe(text)), stderr: (text) => out.stderr(terminalSafe(text)) };
  const fail = (message: string): number => {
    io.stderr(`jiaokan: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_USAGE;
  };
  if (bad !== undefined) return fail(t(lang, 'cli.badLang', { lang: bad }));
  const [name, ...args] = rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const commands = await Promise.all(ALL_COMMANDS.map((c) => c.load()));
    io.stdout(`${t(lang, 'cli.usage')}\n${commands.map((c) => `  jiaokan ${c.summary}`).join('\n')}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = ALL_COMMANDS.find((c) => c.name === name);
  if (!command) return fail(t(lang, 'cli.unknownCommand', { name }));
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    if (error instanceof LocalizedError) return fail(t(lang, error.key, error.params));
    if (error instanceof CliUsageError) return fail(error.message);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return fail(t(lang, 'cli.badArguments', { reason: error.message }));
    }
    return fail(t(lang, 'cli.internalError', { reason: error instanceof Error ? error.message : String(error) }));
  }
}
