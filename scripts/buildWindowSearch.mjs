// `node scripts/buildWindowSearch.mjs [--check]`: compiles src/core/checks/typo/windowSearch.c to
// resources/wasm/window-search.wasm with clang and lld (Debian's clang-14 and lld-14). The module is
// committed, so a clone runs without a C compiler; `--check` compiles to a temporary file and exits 1
// when it differs from the committed one (test/core/checks/typo/compiledWindowSearch.test.ts runs it
// where clang is installed, as CI does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src/core/checks/typo/windowSearch.c');
const committed = join(root, 'resources/wasm/window-search.wasm');
const EXPORTS = ['reserve', 'prepare', 'search', 'init', 'boundAddress', 'foundAddress', 'gainsAddress', 'layout', 'constants'];

/** The clang that can target wasm32: Debian names it by version. */
export const CLANG = process.env.CLANG ?? 'clang-14';

export function compileWindowSearch(out) {
  execFileSync(CLANG, [
    '--target=wasm32',
    '-O2',
    '-nostdlib',
    // memset and memcpy become memory.fill and memory.copy: there is no C library to call.
    '-mbulk-memory',
    '-Wall',
    '-Wextra',
    '-Werror',
    // The file's path stays out of the module, so every clone builds the same bytes.
    `-ffile-prefix-map=${root}=.`,
    '-Wl,--no-entry',
    `-Wl,${EXPORTS.map((name) => `--export=${name}`).join(',')}`,
    '-Wl,--strip-all',
    '-o',
    out,
    source,
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-wasm-'));
    try {
      compileWindowSearch(join(dir, 'window-search.wasm'));
      const same = readFileSync(join(dir, 'window-search.wasm')).equals(readFileSync(committed));
      if (!same) {
        process.stderr.write('resources/wasm/window-search.wasm is not what windowSearch.c compiles to: run node scripts/buildWindowSearch.mjs and commit it.\n');
        process.exitCode = 1;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    compileWindowSearch(committed);
  }
}
