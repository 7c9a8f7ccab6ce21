import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'ensure-electron.cjs');
let root: string | undefined;

/** Runs `npm start`'s first step in a project whose Electron installer is `installer` (a script; undefined: no Electron package). */
function ensureWith(installer: string | undefined, installed = false) {
  root = mkdtempSync(join(tmpdir(), 'jiaokan-ensure-electron-'));
  mkdirSync(join(root, 'scripts'));
  copyFileSync(SCRIPT, join(root, 'scripts', 'ensure-electron.cjs'));
  if (installer === undefined) return spawnSync(process.execPath, [join(root, 'scripts', 'ensure-electron.cjs')], { encoding: 'utf8' });
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","main":"index.js"}');
  writeFileSync(join(electron, 'install.js'), installer);
  if (installed) writeFileSync(join(electron, 'path.txt'), 'electron');
  return spawnSync(process.execPath, [join(root, 'scripts', 'ensure-electron.cjs')], { encoding: 'utf8' });
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('npm start: fetching the Electron binary', () => {
  it('says in one line what failed and what to do, without the installer’s stack trace', () => {
    const failing = "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1\\n    at async downloadArtifact'); process.exit(1);";
    const run = ensureWith(failing);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Downloading Electron's binary");
    expect(run.stderr).toBe('jiaokan: the Electron binary could not be downloaded (TypeError: fetch failed). Check the network connection and run `npm start` again.\n');
  });

  it('names the exit status when the installer fails without a word', () => {
    const run = ensureWith('process.exit(3);');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(installer exited with 3)');
  });

  it('says to install the dependencies first when Electron is not there at all', () => {
    const run = ensureWith(undefined);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('jiaokan: Electron is not installed in this folder; run `npm ci` first, then `npm start`.\n');
  });

  it('goes on quietly when the binary is already there', () => {
    const run = ensureWith('process.exit(0);', true);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });
});
