import { checkCommand } from './checkCommand';
import type { CliCommand } from './command';

/** Every `jiaokan` subcommand; each lives in its own file. */
export const ALL_COMMANDS: readonly CliCommand[] = [checkCommand];
