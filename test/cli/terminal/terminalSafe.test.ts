import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { isTerminalControl, terminalSafe } from '../../../src/cli/terminalSafe';

/** What a hostile name or note carries: erase the line, print green, write the clipboard (OSC 52), reorder. */
const ATTACK = '\u001b[2K\r\u001b[32m审核通过：可以发布\u001b[0m\u001b]52;c;ZXZpbA==\u0007\u009b2J\u202e';
const NUL = String.fromCharCode(0);

/** Whether `text` holds any C0 (but tab and newline), DEL, C1 or bidi override character. */
function holdsControls(text: string): boolean {
  return [...text].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && ch !== '\t' && ch !== '\n') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e);
  });
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function run(...argv: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  await runCli(argv, { LANG: 'zh_CN.UTF-8' }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { stdout, stderr };
}

describe('the CLI prints no terminal controls', () => {
  it('escapes every control, keeping tab, newline and the text around them', () => {
    expect(holdsControls(ATTACK)).toBe(true);
    expect(holdsControls(terminalSafe(`a\t${ATTACK}${NUL}\n`))).toBe(false);
    expect(terminalSafe(`a\t${ATTACK}\n`)).toContain('\\u001b[32m审核通过');
    expect(terminalSafe('记者\t报道\n')).toBe('记者\t报道\n');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => ![...terminalSafe(s)].some((ch) => isTerminalControl(ch.charCodeAt(0)))));
  });

  it('escapes exactly the characters isTerminalControl names, alone or inside text (its quick scan agrees with it)', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if ((terminalSafe(ch) !== ch) !== isTerminalControl(code) || (terminalSafe(`记者${ch}报道`) !== `记者${ch}报道`) !== isTerminalControl(code)) {
        expect.fail(`U+${code.toString(16).padStart(4, '0')}`);
      }
    }
  });

  it('keeps JSON output parseable to the same data', () => {
    const value = { note: `注${ATTACK}` };
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value);
  });

  it('check, status and diff print a hostile file name and text escaped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-terminal-'));
    dirs.push(dir);
    const path = join(dir, `稿${ATTACK}.txt`);
    await writeFile(path, `今年全县种植高粱4.2万亩,预计产量1.8万吨。${ATTACK}\n`);
    for (const argv of [['check', path], ['check', path, '--format', 'json'], ['status', path], ['diff', path, path], ['check', join(dir, `缺${ATTACK}.txt`)]]) {
      const { stdout, stderr } = await run(...argv);
      expect(holdsControls(`${stdout}${stderr}`)).toBe(false);
      expect(`${stdout}${stderr}`).toContain('\\u001b');
    }
  });
});
