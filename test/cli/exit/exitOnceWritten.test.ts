import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../../src/cli/exitOnceWritten.ts', import.meta.url));

/** Runs `body` in a Node process of its own with exitOnceWritten in scope; its stdout is read slowly, so writes queue. */
function runInProcess(body: string): Promise<{ code: number | null; stdout: number; stderr: string }> {
  const script = `const { exitOnceWritten } = require(${JSON.stringify(MODULE)}); ${body}`;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = 0;
  let stderr = '';
  child.stdout.pause();
  // The reader falls behind for a while: what the process wrote must still all arrive.
  setTimeout(() => child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.length)).resume(), 300);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('exitOnceWritten', () => {
  it('ends the process with its code only after all it wrote to stdout and stderr has left', async () => {
    const result = await runInProcess(`
      const line = 'x'.repeat(1023) + '\\n';
      for (let i = 0; i < 4096; i++) process.stdout.write(line);
      process.stderr.write('done\\n');
      exitOnceWritten(3);
      setTimeout(() => process.stdout.write('too late'), 10_000);
    `);
    expect(result).toEqual({ code: 3, stdout: 4096 * 1024, stderr: 'done\n' });
  });

  it('ends at once when nothing was written, with exit code 0 as well', async () => {
    const result = await runInProcess(`exitOnceWritten(0); setTimeout(() => process.stdout.write('too late'), 10_000);`);
    expect(result).toEqual({ code: 0, stdout: 0, stderr: '' });
  });
});
