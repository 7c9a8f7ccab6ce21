import type { CliCommand } from './command';

/** A subcommand by name, loaded on first use: `check` never pays for the packages `export` needs. */
export interface LazyCliCommand {
  name: string;
  load(): Promise<CliCommand>;
}

/** Every `jiaokan` subcommand; each lives in its own file. */
export const ALL_COMMANDS: readonly LazyCliCommand[] = [
  { name: 'check', load: async () => (await import('./checkCommand')).checkCommand },
  { name: 'status', load: async () => (await import('./statusCommand')).statusCommand },
  { name: 'export', load: async () => (await import('./exportCommand')).exportCommand },
  { name: 'diff', load: async () => (await import('./diffCommand')).diffCommand },
  { name: 'rules', load: async () => (await import('./rulesCommand')).rulesCommand },
];
