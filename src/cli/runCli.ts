import { t } from '../core/i18n/messages';
import { LocalizedError } from '../core/i18n/localizedError';
import { cliLang } from './cliLang';
import { CliUsageError, EXIT_OK, EXIT_USAGE, type CliIo } from './cliIo';
import { jiaokanVersion } from './jiaokanVersion';
import { ALL_COMMANDS } from './commands/allCommands';
import { terminalSafe } from './terminalSafe';

/**
 * Runs one CLI invocation and returns its exit code; errors become one line on stderr.
 * Everything any command prints passes through terminalSafe.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: Omit<CliIo, 'lang'>): Promise<number> {
  const { lang, rest, bad } = cliLang(argv, env);
  const io: CliIo = { lang, stdout: (text) => out.stdout(terminalSafe(text)), stderr: (text) => out.stderr(terminalSafe(text)), stdin: out.stdin };
  const fail = (message: string): number => {
    io.stderr(`jiaokan: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_USAGE;
  };
  if (bad !== undefined) return fail(t(lang, 'cli.badLang', { lang: bad }));
  const [name, ...args] = rest;
  if (name === '--version' || name === '-V') {
    io.stdout(`jiaokan ${jiaokanVersion()}\n`);
    return EXIT_OK;
  }
  const helpFor = name === 'help' && args.length > 0 ? args[0] : args.includes('--help') || args.includes('-h') ? name : undefined;
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && args.length === 0)) {
    const commands = await Promise.all(ALL_COMMANDS.map((c) => c.load()));
    io.stdout(`${t(lang, 'cli.usage')}\n${commands.map((c) => `  jiaokan ${c.summary}`).join('\n')}\n${t(lang, 'cli.helpCommands')}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = ALL_COMMANDS.find((c) => c.name === (helpFor ?? name));
  if (!command) return fail(t(lang, 'cli.unknownCommand', { name: helpFor ?? name }));
  try {
    const loaded = await command.load();
    if (helpFor !== undefined) {
      io.stdout(`${t(lang, 'cli.commandUsage', { summary: loaded.summary })}\n${t(lang, 'cli.helpCommands')}\n`);
      return EXIT_OK;
    }
    return await loaded.run(args, io);
  } catch (error) {
    if (error instanceof LocalizedError) return fail(t(lang, error.key, error.params));
    if (error instanceof CliUsageError) return fail(error.message);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return fail(t(lang, 'cli.badArguments', { reason: error.message }));
    }
    return fail(t(lang, 'cli.internalError', { reason: error instanceof Error ? error.message : String(error) }));
  }
}
