import { createHash } from 'node:crypto';
import { createReadStream, watch, watchFile, unwatchFile, type FSWatcher, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/** A version of the draft file: cheap identity (size, mtime, inode) and the content hash that decides. */
export interface DiskVersion {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export type DraftDiskChange = { kind: 'changed'; version: DiskVersion } | { kind: 'deleted' };

export interface DraftWatch {
  /** Resolves once the version the app loaded is known; changes before that are measured against it. */
  readonly ready: Promise<void>;
  /** 'watch' (file-system events) or 'poll' (where events are unavailable, e.g. some network drives). */
  readonly mode: 'watch' | 'poll';
  /** Call with the bytes the app is about to write to the draft, so its own save is not reported (a failed save changes nothing). */
  noteOwnWrite(data: string | Uint8Array): void;
  dispose(): void;
}

export interface WatchDraftOptions {
  /** The bytes the app loaded; when omitted, the file as it is when watching starts. */
  loaded?: Uint8Array;
  /** Editors write in bursts (truncate, write, rename); wait this long after the last event. */
  debounceMs?: number;
  pollIntervalMs?: number;
  /** Skip fs.watch and poll (for tests of the fallback). */
  forcePoll?: boolean;
}

const NOT_STATTED = { size: -1, mtimeMs: Number.NaN, ino: -1 };

/**
 * Tells the app when another program changes or deletes the draft it has open. Watches the
 * draft's folder rather than the file, because editors save by writing a new file and renaming
 * it over the old one, which a watch on the old file would miss. Falls back to polling where
 * fs.watch fails. Only a change of content is reported: a touch, or the app's own save announced
 * with noteOwnWrite, is not. Each distinct version is reported once.
 */
export function watchDraft(path: string, onChange: (change: DraftDiskChange) => void, options: WatchDraftOptions = {}): DraftWatch {
  const debounceMs = options.debounceMs ?? 150;
  let known: DiskVersion | undefined = options.loaded ? { ...NOT_STATTED, sha256: sha256Of(options.loaded) } : undefined;
  /** Hashes of the app's own writes not yet seen on disk; kept apart from `known` so a failed write changes nothing. */
  const ownWrites = new Set<string>();
  let missing = false;
  let disposed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let rerun = false;

  const inspect = async (): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (disposed) return;
    if (!info?.isFile()) {
      if (known && !missing) {
        missing = true;
        onChange({ kind: 'deleted' });
      }
      return;
    }
    missing = false;
    if (known && sameIdentity(known, info)) return;
    const sha256 = await hashFile(path).catch(() => undefined);
    if (disposed || sha256 === undefined) return;
    const version = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256 };
    const ours = ownWrites.has(sha256);
    if (ours) ownWrites.clear();
    const changed = known !== undefined && known.sha256 !== sha256 && !ours;
    known = version;
    if (changed) onChange({ kind: 'changed', version });
  };

  const check = (): Promise<void> => {
    if (running) {
      rerun = true;
      return running;
    }
    running = inspect().finally(() => {
      running = undefined;
      if (rerun && !disposed) {
        rerun = false;
        void check();
      }
    });
    return running;
  };

  const schedule = (): void => {
    if (disposed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), debounceMs);
  };

  const ready = check();
  const stop = options.forcePoll ? poll(path, options.pollIntervalMs, schedule) : watchFolder(path, schedule, options.pollIntervalMs);

  return {
    ready,
    get mode() {
      return stop.mode;
    },
    noteOwnWrite(data) {
      ownWrites.add(sha256Of(data));
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      stop.close();
    },
  };
}

interface Stopper {
  mode: 'watch' | 'poll';
  close(): void;
}

function watchFolder(path: string, onEvent: () => void, pollIntervalMs: number | undefined): Stopper {
  const name = basename(path);
  let watcher: FSWatcher;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
      // Some platforms give no file name; then any event in the folder may be ours.
      if (filename === null || filename === name) onEvent();
    });
  } catch {
    return poll(path, pollIntervalMs, onEvent);
  }
  const stopper: Stopper = { mode: 'watch', close: () => watcher.close() };
  watcher.on('error', () => {
    // The watch died (folder removed, watch limit reached): keep watching by polling.
    watcher.close();
    const fallback = poll(path, pollIntervalMs, onEvent);
    stopper.mode = fallback.mode;
    stopper.close = fallback.close;
    onEvent();
  });
  return stopper;
}

function poll(path: string, intervalMs = 1000, onEvent: () => void): Stopper {
  const listener = (): void => onEvent();
  watchFile(path, { interval: intervalMs, persistent: false }, listener);
  return { mode: 'poll', close: () => unwatchFile(path, listener) };
}

function sameIdentity(known: DiskVersion, info: Stats): boolean {
  return known.size === info.size && known.mtimeMs === info.mtimeMs && known.ino === info.ino;
}

function sha256Of(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Streams the file so a large draft is never held in memory twice. */
function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
