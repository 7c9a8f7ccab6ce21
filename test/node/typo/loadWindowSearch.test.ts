import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWindowSearch } from '../../../src/node/loadWindowSearch';
import { buildTypoLexicon, type TypoData } from '../../../src/core/checks/typo/typoLexicon';
import { buildFastTables } from '../../../src/core/checks/typo/typoFastTables';
import { packWindowSearchTables, windowSearchTables } from '../../../src/core/checks/typo/windowSearchTables';
import { windowSearch } from '../../../src/core/checks/typo/windowSearch';
import { FIXTURE_DATA } from '../../core/checks/typo/fixtureLexicon';

const MODULE = join(__dirname, '..', '..', '..', 'resources', 'wasm', 'window-search.wasm');
const DATA: TypoData = { ...FIXTURE_DATA, tablesId: 'fixture-tables' };
const lexicon = buildTypoLexicon(DATA, 0);
const dir = mkdtempSync(join(tmpdir(), 'jiaokan-window-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `bytes` in the test's folder. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const tables = packWindowSearchTables(windowSearchTables(DATA, buildFastTables(DATA.words)), 'fixture-tables');

describe('loading the compiled window search', () => {
  it('reads the module and the tables into one instance, which answers as the TypeScript search does', () => {
    const search = loadWindowSearch(DATA, lexicon, { module: MODULE, tables: file('tables.bin', tables) });
    const text = '我们遇到逆竟时请尽快按装空调';
    expect(search?.search(text)?.candidates).toEqual(windowSearch(text, lexicon).candidates);
    expect(search?.search(text)?.candidates.length).toBeGreaterThan(0);
  });

  it('gives none for tables cut short or of other data, or a module damaged or missing, so the TypeScript search serves', () => {
    const good = file('good.bin', tables);
    expect(loadWindowSearch(DATA, lexicon, { module: MODULE, tables: file('cut.bin', tables.subarray(0, tables.length - 100)) })).toBeUndefined();
    expect(loadWindowSearch({ ...DATA, tablesId: 'another-build' }, lexicon, { module: MODULE, tables: good })).toBeUndefined();
    expect(loadWindowSearch(DATA, lexicon, { module: file('damaged.wasm', 'not a module'), tables: good })).toBeUndefined();
    expect(loadWindowSearch(DATA, lexicon, { module: join(dir, 'missing.wasm'), tables: good })).toBeUndefined();
  });
});
