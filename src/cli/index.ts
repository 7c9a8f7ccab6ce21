import { t } from '../core/i18n/messages';
import { cliLang } from './cliLang';
import { EXIT_USAGE } from './cliIo';
import { runCli } from './runCli';
import { stdinBytes } from './stdinBytes';
import { terminalSafe } from './terminalSafe';
import { exitOnceWritten } from './exitOnceWritten';
import { applyV8CompilerFlags } from '../node/applyV8CompilerFlags';
import { V8_COMPILER_FLAGS } from '../node/v8CompilerFlags';

// Before any check code is optimized: see node/v8CompilerFlags.ts.
applyV8CompilerFlags(V8_COMPILER_FLAGS);

// A reader that stops early (`jiaokan check … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  failInternally(error);
});
// Whatever escapes the command's own handling is still one line on stderr, never a stack trace.
process.on('uncaughtException', failInternally);

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: stdinBytes,
}).then(
  (code) => exitOnceWritten(code),
  (error: unknown) => {
    process.stderr.write(terminalSafe(`jiaokan: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);

function failInternally(error: unknown): never {
  const { lang } = cliLang(process.argv.slice(2), process.env);
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`jiaokan: ${t(lang, 'cli.internalError', { reason })}\n`);
  process.exit(EXIT_USAGE);
}
