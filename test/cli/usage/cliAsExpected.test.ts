import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { ALL_RULES } from '../../../src/core/checks/families';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string };

async function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const input = stdin === undefined ? undefined : async () => new TextEncoder().encode(stdin);
  const code = await runCli(['--lang', 'en', ...args], {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: input });
  return { code, stdout, stderr };
}

describe('the CLI as users expect a CLI (issue 18)', () => {
  it('jiaokan --version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `jiaokan ${manifest.version}\n`, stderr: '' });
  });

  it.each([[['export', '--help']], [['help', 'export']], [['export', '-h']]])('jiaokan %j shows the export usage and exits 0', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: jiaokan export FILE\|- --out OUT .*--accept RULE/);
  });

  it('help for an unknown command is a usage error naming it', async () => {
    const result = await run(['help', 'publish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"publish"');
  });

  it('"-" as FILE checks standard input', async () => {
    const result = await run(['check', '-', '--format', 'json'], '盛夏时节,走进车间。\n');
    // A half-width comma is mechanical style, a warning: nothing at error severity, exit 0.
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as { file: string; findings: { rule: string; suggestion?: { replacement: string } }[] }[];
    expect(report!.file).toBe('-');
    expect(report!.findings.map((f) => [f.rule, f.suggestion?.replacement])).toEqual([['punctuation.half-width', '，']]);
  });

  it('"-" without standard input is a usage error that says what to do', async () => {
    const result = await run(['check', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/standard input.*file name/);
  });

  it('jiaokan rules lists every rule of the registry with family, severity and doc', async () => {
    const text = await run(['rules']);
    expect(text.code).toBe(0);
    for (const rule of ALL_RULES) expect(text.stdout).toContain(rule.id);
    const json = await run(['rules', '--format', 'json']);
    const listed = JSON.parse(json.stdout) as { id: string; family: string; severity: string; doc: string }[];
    expect(listed.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(listed.find((r) => r.id === 'punctuation.half-width')).toMatchObject({ family: 'punctuation', severity: 'warning' });
  });
});
