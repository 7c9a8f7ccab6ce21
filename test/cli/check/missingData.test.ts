import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noticeMissingData } from '../../../src/cli/missingDataNotice';
import type { CliIo } from '../../../src/cli/cliIo';

const ROOT = join(__dirname, '..', '..', '..');
const BUILT_CLI = join(ROOT, 'out', 'cli');

function capturedIo(lang: CliIo['lang']): { io: CliIo; stderr: () => string } {
  let stderr = '';
  return { io: { lang, stdout: () => undefined, stderr: (text) => (stderr += text) }, stderr: () => stderr };
}

describe('a CLI run without the data files the build makes', () => {
  it('says, one line each, which checks did not run and what to do', () => {
    const { io, stderr } = capturedIo('en');
    noticeMissingData(io, { gazetteer: undefined, typoLexicon: undefined });
    const lines = stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^jiaokan: the gazetteer \(resources\/generated\/gazetteer\.bin\) was not found, so place names were not checked; run npm run build/);
    expect(lines[1]).toMatch(/^jiaokan: no usable typo data \(resources\/generated\/typo\.json\).*typos were not checked; run npm run build/);
  });

  it('names only what is missing, and nothing when all is there', () => {
    const typoOnly = capturedIo('zh');
    noticeMissingData(typoOnly.io, { gazetteer: {}, typoLexicon: undefined });
    expect(typoOnly.stderr()).toMatch(/^jiaokan: 找不到可用的错别字词库（resources\/generated\/typo\.json），本次没有查错别字；请在 jiaokan 目录下运行 npm run build 后重试\n$/);
    const complete = capturedIo('zh');
    noticeMissingData(complete.io, { gazetteer: {}, typoLexicon: {} });
    expect(complete.stderr()).toBe('');
  });

  describe.skipIf(!existsSync(join(BUILT_CLI, 'index.cjs')))('the built CLI copied out of its package (needs npm run build)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-no-data-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('still checks what it can and says on stderr that the gazetteer and typo checks did not run', () => {
      cpSync(BUILT_CLI, join(dir, 'cli'), { recursive: true });
      const draft = join(dir, 'draft.txt');
      writeFileSync(draft, '社区为独居老人按装了烟雾报警器。\n');
      const copied = spawnSync(process.execPath, [join(dir, 'cli', 'index.cjs'), 'check', draft, '--lang', 'en'], { encoding: 'utf8', timeout: 60_000 });
      expect(copied.stderr).toMatch(/gazetteer .* was not found/);
      expect(copied.stderr).toMatch(/typo data .* typos were not checked/);
      expect(copied.stdout).not.toMatch(/typo\./);
      const inPackage = spawnSync(process.execPath, [join(BUILT_CLI, 'index.cjs'), 'check', draft, '--lang', 'en'], { encoding: 'utf8', timeout: 60_000 });
      expect(inPackage.stderr).toBe('');
      expect(inPackage.stdout).toMatch(/typo\.listed/);
    }, 60_000);
  });
});
