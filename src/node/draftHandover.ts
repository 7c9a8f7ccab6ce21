import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The descriptor a check process reads its drafts from: the fifth of its stdio (node/checkProcess.ts). */
export const DRAFT_FD = 4;

/**
 * A file with no name that the CLI writes a long draft into for its check process, which inherits
 * it. Sent over the IPC channel, a 1 MB draft filled the socket's buffer, and the rest was written
 * only as the check process read it, once it had loaded its code and data: the CLI's event loop had
 * to stay free, and its own checks wait, until then. Written here, the draft is handed over at once
 * whatever the check process is doing. The file is removed from its folder as soon as it is open, so
 * no copy of a draft outlives the two processes; undefined where that cannot be done (the draft then
 * goes over the channel).
 */
export function openDraftHandover(): number | undefined {
  const path = join(tmpdir(), `jiaokan-handover-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
    return fd;
  } catch {
    if (fd !== undefined) closeSync(fd);
    rmSync(path, { force: true });
    return undefined;
  }
}

/** Writes `text` at the start of the file as UTF-16LE (every code unit as it is); returns its length in bytes. */
export function handOverDraft(fd: number, text: string): number {
  const bytes = Buffer.from(text, 'utf16le');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, done);
  return bytes.length;
}

/** The draft of `length` bytes handOverDraft wrote. */
export function takeDraft(fd: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, done);
    if (read === 0) throw new Error(`the draft handed over ended after ${done} of ${length} bytes`);
    done += read;
  }
  return bytes.toString('utf16le');
}
