import { join } from 'node:path';
import { applyV8CompilerFlags } from '../node/applyV8CompilerFlags';
import { runWithCodeCache, saveCodeCaches } from '../node/codeCache';
import { V8_COMPILER_FLAGS } from './v8CompilerFlags';

/**
 * What bin/jiaokan.cjs runs: the CLI bundle from its code cache (node/codeCache.ts). The compiler
 * flags are set before the bundle is compiled: V8 uses a cache only under the flags it was made with.
 */
applyV8CompilerFlags(V8_COMPILER_FLAGS);
process.once('exit', saveCodeCaches);
runWithCodeCache(join(__dirname, 'index.cjs'));
