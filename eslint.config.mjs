// Lint, and above all the layer rule: imports flow core ← node ← main/cli, core ← renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'zlib', 'url', 'worker_threads', 'buffer', 'events'];

/** Forbid importing the given layers (relative paths) and packages from one folder. */
function layer(files, forbiddenLayers, forbiddenPackages) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // Relative imports that climb out to another top-level folder of src/ (e.g. '../../node/readDraft').
            ...forbiddenLayers.map((l) => ({ regex: `^(\\.\\./)+${l}(/|$)`, message: `This layer may not import src/${l}/ (see DESIGN.md, Layers).` })),
            ...(forbiddenPackages.length ? [{ group: forbiddenPackages, message: 'This layer may not use this runtime (see DESIGN.md, Layers).' }] : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bin/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Build and CI scripts run in Node.
  { files: ['scripts/**/*.mjs', 'scripts/**/*.cjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly' } } },
  { files: ['scripts/**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Stand-ins for Electron in tests mimic untyped surfaces on purpose.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  layer(['src/core/**'], ['node', 'main', 'preload', 'renderer', 'cli', 'shared'], [...nodeBuiltins, 'electron', 'react', 'react-dom', '@codemirror/*', 'iconv-lite', 'chardet', 'mammoth', 'docx', 'htmlparser2']),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='matchAll']", message: 'matchAll copies its pattern on every call; use allMatches (core/text/allMatches.ts).' },
      ],
    },
  },
  layer(['src/node/**'], ['main', 'preload', 'renderer', 'cli'], ['electron', 'react', 'react-dom']),
  layer(['src/shared/**'], ['node', 'main', 'preload', 'renderer', 'cli'], [...nodeBuiltins, 'electron']),
  layer(['src/cli/**'], ['main', 'preload', 'renderer'], ['electron', 'react']),
  layer(['src/main/**'], ['preload', 'renderer', 'cli'], ['react']),
  layer(['src/preload/**'], ['node', 'main', 'renderer', 'cli'], [...nodeBuiltins]),
  layer(['src/renderer/**'], ['node', 'main', 'preload', 'cli'], [...nodeBuiltins, 'electron']),
);
