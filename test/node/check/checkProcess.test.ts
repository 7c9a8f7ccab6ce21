import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckProcess, checkProcessEnv } from '../../../src/node/checkProcess';
import { V8_COMPILER_FLAGS } from '../../../src/node/v8CompilerFlags';

const ROOT = join(__dirname, '..', '..', '..');
/** Script text defining draftOf(message): the draft of a check message, inline or handed over, as the check worker reads it. */
const TAKE_DRAFT = `require('tsx/cjs'); const { DRAFT_FD, takeDraft } = require(${JSON.stringify(join(ROOT, 'src', 'node', 'draftHandover.ts'))}); const draftOf = (m) => ('text' in m ? m.text : takeDraft(DRAFT_FD, m.draftBytes));`;

/** Whether a process with this id still runs (signal 0 only asks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the check process', () => {
  it('runs under the CLI’s compiler flags, without the certificates variable, and answers what it is sent', async () => {
    // A stand-in for the check worker's script: it answers with the draft it got and what it was started with.
    const script = `${TAKE_DRAFT} process.on('message', (r) => process.send({ ok: true, findings: [draftOf(r), process.execArgv.filter((a) => a.startsWith('--')), process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.JIAOKAN_TEST_KEPT ?? null] }))`;
    const worker = new CheckProcess(script, { env: { ...process.env, NODE_EXTRA_CA_CERTS: '/nowhere/bundle.pem', JIAOKAN_TEST_KEPT: 'kept' } });
    const posted = worker.post({ text: '一段文字', options: { lang: 'zh' } });
    await posted.sent;
    expect(await posted.reply).toEqual({ ok: true, findings: ['一段文字', [...V8_COMPILER_FLAGS], null, 'kept'] });
    worker.stop();
  });

  it('hands each draft over through a file with no name, whole, however long and whatever it holds', async () => {
    const script = `${TAKE_DRAFT} process.on('message', (m) => process.send({ ok: true, findings: ['draftBytes' in m ? 'handed over' : 'inline', draftOf(m), process.platform === 'linux' ? require('node:fs').readlinkSync('/proc/self/fd/' + DRAFT_FD) : null] }))`;
    const worker = new CheckProcess(script);
    // A megabyte of text with a lone surrogate and an astral character, then a shorter draft over it.
    const long = `${'青石县今年秋粮收购进展顺利。'.repeat(40_000)}\ud800𠀀末`;
    for (const text of [long, '短稿。']) {
      const posted = worker.post({ text, options: { lang: 'zh' } });
      const reply = (await posted.reply) as unknown as { findings: [string, string, string] };
      expect(reply.findings[0]).toBe('handed over');
      expect(reply.findings[1] === text, 'the draft arrived changed').toBe(true);
      // Where the system shows what a descriptor names (Linux): the file, removed from its folder.
      if (process.platform === 'linux') expect(reply.findings[2]).toMatch(/jiaokan-handover-.* \(deleted\)$/);
    }
    worker.stop();
  }, 60_000);

  it('sends the draft over its channel where no file can be made for it', async () => {
    const script = `${TAKE_DRAFT} process.on('message', (m) => process.send({ ok: true, findings: ['draftBytes' in m ? 'handed over' : 'inline', draftOf(m)] }))`;
    const saved = process.env.TMPDIR;
    const env = { ...process.env };
    // The missing folder is this process's temporary folder only: the check process keeps the real one.
    process.env.TMPDIR = join(ROOT, 'no-such-folder');
    let worker: CheckProcess;
    try {
      worker = new CheckProcess(script, { env });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(await worker.post({ text: '一段文字', options: { lang: 'zh' } }).reply).toEqual({ ok: true, findings: ['inline', '一段文字'] });
    worker.stop();
  });

  it('reports a process that ends before it answers', async () => {
    const worker = new CheckProcess('process.exit(3)');
    const posted = worker.post({ text: '一段文字', options: { lang: 'zh' } });
    await expect(posted.reply).rejects.toThrow('the check process stopped');
    await posted.sent;
    // Once gone, a further check is refused at once instead of waiting for an answer that cannot come.
    await expect(worker.post({ text: '又一段', options: { lang: 'zh' } }).reply).rejects.toThrow('the check process stopped');
  });

  it('refuses a check at once when it ended before the check was sent', async () => {
    const worker = new CheckProcess('process.exit(3)');
    const pid = worker.pid!;
    for (let waited = 0; running(pid) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(running(pid)).toBe(false);
    await expect(worker.post({ text: '一段文字', options: { lang: 'zh' } }).reply).rejects.toThrow('the check process stopped');
  });

  it('refuses a check at once when it could not be started', async () => {
    const worker = new CheckProcess('0', { node: join(ROOT, 'no-such-node-binary') });
    // The failure to start is reported after this turn of the event loop, before anything is posted.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const posted = worker.post({ text: '一段文字', options: { lang: 'zh' } });
    await expect(posted.reply).rejects.toThrow('the check process stopped');
    await posted.sent;
  });

  it('ends when the process that started it ends, leaving nothing behind', async () => {
    // A process that starts the check process as the CLI's launcher does, says its id and ends without a check.
    const start = join(ROOT, 'src', 'node', 'checkWorkerStart.ts');
    const starter = `require('tsx/cjs'); const s = require(${JSON.stringify(start)}); s.prestartCheckWorker(); const w = s.takePrestartedCheckWorker(); console.log(w.pid);`;
    const run = spawnSync(process.execPath, ['-e', starter], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    const pid = Number(run.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    for (let waited = 0; running(pid) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running(pid)).toBe(false);
  }, 30_000);

  it('keeps what it is given but the certificates variable', () => {
    expect(checkProcessEnv({ PATH: '/usr/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual({
      PATH: '/usr/bin',
      NODE_OPTIONS: '--max-old-space-size=4096',
    });
  });
});
