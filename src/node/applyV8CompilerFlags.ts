import { setFlagsFromString } from 'node:v8';

/**
 * Sets V8 flags in this running process. Compiler flags take effect for every function optimized
 * afterwards, so a process that calls this before its work starts runs all of it under them.
 */
export function applyV8CompilerFlags(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag);
}
