import { runCli } from './runCli';
import { terminalSafe } from './terminalSafe';

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(terminalSafe(`jiaokan: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);
