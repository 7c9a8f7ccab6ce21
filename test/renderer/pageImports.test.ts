/**
 * The page's script stays free of the check machinery (docs/architecture.md, "Start-up and generated data"): the checks,
 * extractors and their tables run in the worker, and every module of them the page imports is
 * script parsed before the window can paint. Walks the page's static imports from its entry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const ENTRY = resolve(ROOT, 'src/renderer/main.tsx');
/** Modules only the worker may load: each pulls in a family's or the extractors' whole graph. */
const WORKER_ONLY = ['src/core/checkEngine.ts', 'src/core/claims/extractClaims.ts', 'src/core/entities/extractEntities.ts', 'src/core/entities/hanReadingsTable.ts', 'src/core/entities/lookAlikeTable.ts', 'src/core/gazetteer/gazetteerIndex.ts'];
/** Value imports and re-exports; `import type` is erased and loads nothing. */
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

/** The file an import names: as written, or with the extension or index file TypeScript would add (a folder is not a file). */
function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

/** Every module the page's entry reaches through static value imports, relative to the repository. */
function pageModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const key = relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveModule(file, match[1]!);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

describe('the page script', () => {
  it('reaches the editor, the panels and the worker client', () => {
    const modules = pageModules(ENTRY);
    expect(modules.has('src/renderer/App.tsx')).toBe(true);
    expect(modules.has('src/renderer/worker/checkClient.ts')).toBe(true);
    expect(modules.has('src/renderer/components/review/ClaimsList.tsx')).toBe(true);
  });

  it('imports none of the check machinery the worker runs', () => {
    const modules = pageModules(ENTRY);
    expect(WORKER_ONLY.filter((path) => modules.has(path))).toEqual([]);
  });

  it('would see such an import', () => {
    expect(pageModules(resolve(ROOT, 'src/renderer/worker/checkWorker.ts')).has('src/core/checkEngine.ts')).toBe(true);
  });
});
