import { checkCommand } from './checkCommand';
import { diffCommand } from './diffCommand';
import { exportCommand } from './exportCommand';
import { statusCommand } from './statusCommand';
import type { CliCommand } from './command';

/** Every `jiaokan` subcommand; each lives in its own file. */
export const ALL_COMMANDS: readonly CliCommand[] = [checkCommand, statusCommand, exportCommand, diffCommand];
