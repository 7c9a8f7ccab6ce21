/** The layer rule (docs/architecture.md, "Layers"): proves the lint configuration still refuses imports that flow the wrong way. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const eslint = new ESLint({ cwd: resolve(__dirname, '..') });

async function restrictedImports(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: resolve(__dirname, '..', file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import direction', () => {
  it.each([
    ['src/core/probe.ts', "import { readFile } from 'node:fs';"],
    ['src/core/probe.ts', "import { x } from '../node/readDraft';"],
    ['src/core/checks/probe.ts', "import { ipcMain } from 'electron';"],
    ['src/core/probe.ts', "import { useState } from 'react';"],
    ['src/node/probe.ts', "import { app } from 'electron';"],
    ['src/node/probe.ts', "import { x } from '../main/index';"],
    ['src/renderer/probe.ts', "import { x } from '../node/readDraft';"],
    ['src/renderer/probe.ts', "import { readFile } from 'fs';"],
    ['src/cli/probe.ts', "import { x } from '../main/apiHandlers';"],
    ['src/preload/probe.ts', "import { x } from '../node/readDraft';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport const y = 1;\n`)).toBe(1);
  });

  it.each([
    ['src/node/probe.ts', "import { runChecks } from '../core/checkEngine';"],
    ['src/renderer/probe.ts', "import { runChecks } from '../core/checkEngine';"],
    ['src/cli/probe.ts', "import { readDraft } from '../node/readDraft';"],
    ['src/main/probe.ts', "import { app } from 'electron';"],
  ])('%s may: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport const y = 1;\n`)).toBe(0);
  });
});
