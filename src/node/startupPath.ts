import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The draft named on the command line: the first argument after the executable (and the app
 * path, when run as `electron .`) that is not a switch and names an existing file.
 */
export function startupPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = resolve(cwd, arg);
    if (existsSync(path) && statSync(path).isFile() && !/\.(js|cjs|mjs)$/.test(path)) return path;
  }
  return null;
}
