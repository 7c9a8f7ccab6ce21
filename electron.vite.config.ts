import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // The import worker is its own entry: main starts it as a worker thread (node/importInWorker.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), importWorker: resolve(__dirname, 'src/node/importWorker.ts') } },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file with nothing required from node_modules.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    // The generated gazetteer index is served beside the renderer so its worker can fetch it.
    publicDir: resolve(__dirname, 'resources/generated'),
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      // Minified: the page and its worker parse a third as much script before the draft can show.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
