// Bundles the CLI into one CommonJS file, and beside it the import worker it starts
// (node/importInWorker.ts); node_modules packages stay external (they are dependencies).
import { build } from 'esbuild';

await build({
  entryPoints: { index: 'src/cli/index.ts', importWorker: 'src/node/importWorker.ts', checkWorker: 'src/node/checkWorker.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
