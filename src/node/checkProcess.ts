import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync } from 'node:fs';
import type { CheckMessage, CheckReply, CheckRequest } from './checkWorkerMessages';
import { handOverDraft, openDraftHandover } from './draftHandover';
import { V8_COMPILER_FLAGS } from './v8CompilerFlags';

/** One check sent to the check process: `sent` once its request is written out, `reply` with the answer. */
export interface PostedCheck {
  /** Settles once the request has left this process (never rejects: a failure is `reply`'s to report). */
  sent: Promise<void>;
  /** The process's answer; rejected when the process ends, fails or cannot be written to first. */
  reply: Promise<CheckReply>;
}

/**
 * The check worker of a long draft's check (node/parallelChecks.ts): a Node process of its own
 * running `script`, not a worker thread. Node 20 builds a worker thread's environment from its
 * JavaScript sources at every start (≈ 40 ms of CPU compiling its own modules), where a new
 * process starts from Node's snapshot in ≈ 20 ms; and a process need not read the extra
 * certificates some machines name for every Node process, which no check uses
 * (docs/architecture.md, "Start-up and generated data"). Requests and replies cross as V8's
 * serialized values, as with a worker's messages; a request's draft is handed over in a file the
 * process inherits (node/draftHandover.ts). The process ends when it is stopped or when this one
 * ends (its channel then closes and nothing else keeps it alive).
 */
export class CheckProcess {
  private readonly child: ChildProcess;
  /** The file drafts are handed over in (node/draftHandover.ts); undefined when none could be made, or once closed. */
  private draftFile: number | undefined;

  /**
   * `env` is the environment it is started from (this process's, in the CLI), less what
   * checkProcessEnv leaves out; `node` the Node binary that runs it (this one's).
   */
  constructor(script: string, { env = process.env, node = process.execPath }: { env?: NodeJS.ProcessEnv; node?: string } = {}) {
    this.draftFile = openDraftHandover();
    this.child = spawn(node, [...V8_COMPILER_FLAGS, '-e', script], {
      // The draft file becomes the check process's DRAFT_FD.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc', ...(this.draftFile === undefined ? [] : [this.draftFile])],
      serialization: 'advanced',
      env: checkProcessEnv(env),
      windowsHide: true,
    });
    // A failed start is told by `reply`; unheard, the event would end this process.
    this.child.on('error', () => this.closeDraftFile());
    this.child.on('exit', () => this.closeDraftFile());
  }

  /** The process's id, as the system lists it; undefined when it could not be started. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends one check. At most one is in flight: ParallelChecks sends the next only after this one's reply. */
  post(request: CheckRequest): PostedCheck {
    const child = this.child;
    let sent!: () => void;
    const sentPromise = new Promise<void>((resolve) => (sent = resolve));
    const reply = new Promise<CheckReply>((resolve, reject) => {
      const finish = (reply: CheckReply | undefined): void => {
        child.off('message', onMessage).off('exit', onGone).off('error', onGone).off('disconnect', onGone);
        sent();
        if (reply) resolve(reply);
        else reject(new Error('the check process stopped'));
      };
      const onMessage = (reply: CheckReply) => finish(reply);
      const onGone = () => finish(undefined);
      // A process that failed to start or has ended has its channel closed by then.
      if (!child.connected) {
        finish(undefined);
        return;
      }
      child.on('message', onMessage).on('exit', onGone).on('error', onGone).on('disconnect', onGone);
      child.send(this.messageOf(request), (error) => (error ? finish(undefined) : sent()));
    });
    return { sent: sentPromise, reply };
  }

  /** Keeps this process running while a check is out. */
  ref(): void {
    this.child.ref();
    this.child.channel?.ref();
  }

  /** Lets this process end without waiting for the check process: a command that fails before its check ends as it would have. */
  unref(): void {
    this.child.unref();
    this.child.channel?.unref();
  }

  stop(): void {
    this.child.kill();
    this.closeDraftFile();
  }

  /** The request with its draft written to the draft file, when there is one. */
  private messageOf({ text, options, shared }: CheckRequest): CheckMessage {
    const rest = shared ? { options, shared } : { options };
    if (this.draftFile === undefined) return { text, ...rest };
    try {
      return { draftBytes: handOverDraft(this.draftFile, text), ...rest };
    } catch {
      return { text, ...rest };
    }
  }

  private closeDraftFile(): void {
    if (this.draftFile === undefined) return;
    closeSync(this.draftFile);
    this.draftFile = undefined;
  }
}

/**
 * The check process's environment: this one's, without NODE_EXTRA_CA_CERTS. Node reads the
 * certificates it names at every start, before any script runs (≈ 35 ms on a machine that names
 * Debian's bundle), and the check process opens no connection.
 */
export function checkProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = { ...env };
  delete own.NODE_EXTRA_CA_CERTS;
  return own;
}
