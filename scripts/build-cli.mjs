// Bundles the CLI into CommonJS files: its launcher (cli/launch.ts), the CLI, the code-cache loader
// and the workers it starts (node/importInWorker.ts, node/parallelChecks.ts); node_modules packages
// stay external (they are dependencies). Then makes the V8 code caches the launcher runs them from
// (node/codeCache.ts) by checking a short draft and then a long one, so the first check a user runs is as
// quick as the next: a short draft is checked in the CLI's process alone, a long one shares its
// families with the check process, and the second run adds what it compiled to the first's cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = 'out/cli';

await build({
  entryPoints: { index: 'src/cli/index.ts', launch: 'src/cli/launch.ts', codeCache: 'src/node/codeCache.ts', importWorker: 'src/node/importWorker.ts', checkWorker: 'src/node/checkWorker.ts' },
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

for (const name of readdirSync(OUT)) if (name.endsWith('.v8cache') || name.endsWith('.tmp')) rmSync(join(OUT, name));
const sample = readFileSync('resources/samples/sample-draft.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'jiaokan-code-cache-'));
try {
  const short = join(dir, 'short.txt');
  const long = join(dir, 'long.txt');
  writeFileSync(short, sample);
  // Long enough for the check process (node/checkWorkerStart.ts: 40,000 bytes and 8,000 characters), so its cache is made too.
  writeFileSync(long, `${sample}\n`.repeat(Math.ceil(100_000 / sample.length)));
  for (const draft of [short, long]) {
    const run = spawnSync(process.execPath, ['bin/jiaokan.cjs', 'check', draft, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0 && run.status !== 1) throw new Error(`making the CLI's code caches: the check exited with ${run.status}: ${run.stderr}`);
  }
  const made = readdirSync(OUT).filter((name) => name.endsWith('.v8cache'));
  if (made.length < 2) throw new Error(`making the CLI's code caches: only ${made.join(', ') || 'none'} made`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
