import { chmod, mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMegabytes, MAX_TEXT_BYTES } from '../draftLimits';
import { writeFileAtomic } from '../writeFileAtomic';
import { parseRecovery, serializeRecovery, type RecoveryDraft, type RecoveryProblem } from './recoveryFile';
import { RECOVERY_KEY_PATTERN } from './recoveryKey';

/** A recovery found on disk: restorable, or unreadable (and then only discardable). */
export type PendingRecovery =
  | { key: string; readable: true; draft: RecoveryDraft }
  | { key: string; readable: false; file: string; problem: RecoveryProblem };

export type RecoverySaveOutcome = { ok: true } | { ok: false; problem: RecoveryProblem };

const SUFFIX = '.recovery.json';
/** The recovery folder: owner only. */
const PRIVATE_DIR_MODE = 0o700;
/** writeFileAtomic's temp files: `.NAME.PID.HEX.tmp`. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;
/** The largest draft the app opens, plus room for JSON escapes and the other fields. */
const DEFAULT_MAX_FILE_BYTES = MAX_TEXT_BYTES + 1024 * 1024;

/**
 * Autosaved copies of open drafts in `DATA/recovery/`, one file per draft (see recoveryKeyOf).
 * The app saves a draft's text here as the user edits and discards it on a normal save or close;
 * whatever is left at the next start was left by a crash and is offered for restoring. Reading
 * never throws: a damaged file is listed as unreadable so the user can discard it.
 */
export class RecoveryStore {
  private readonly dir: string;
  /** Saves and discards of one key run in order, so a late autosave cannot outlive its discard. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    dataDir: string,
    private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.dir = join(dataDir, 'recovery');
  }

  /**
   * Creates the folder, owner-only (an older version made it 0755; it holds unpublished text),
   * and removes temp files of autosaves a crash interrupted (the previous copy is intact).
   */
  async boot(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const { mode } = await stat(this.dir);
    if ((mode & 0o777 & ~PRIVATE_DIR_MODE) !== 0) await chmod(this.dir, mode & PRIVATE_DIR_MODE);
    const names = await readdir(this.dir);
    await Promise.all(names.filter((n) => TEMP_FILE.test(n)).map((n) => unlink(join(this.dir, n)).catch(() => undefined)));
  }

  /** Waits for autosaves in flight, so the last edit before quitting is on disk. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.queues.values()]);
  }

  async save(key: string, draft: RecoveryDraft): Promise<RecoverySaveOutcome> {
    checkKey(key);
    const content = serializeRecovery(key, draft);
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > this.maxFileBytes) {
      return { ok: false, problem: { key: 'recovery.notSavedTooLarge', params: { limit: formatMegabytes(this.maxFileBytes) } } };
    }
    await this.inOrder(key, () => writeFileAtomic(this.fileOf(key), content));
    return { ok: true };
  }

  /** Every recovery on disk, newest first, unreadable ones last. */
  async list(): Promise<PendingRecovery[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const keys = names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length)).filter((k) => RECOVERY_KEY_PATTERN.test(k));
    const found = await Promise.all(keys.map((key) => this.inOrder(key, () => this.read(key))));
    const present = found.filter((r): r is PendingRecovery => r !== undefined);
    return present.sort((a, b) => rank(b).localeCompare(rank(a)));
  }

  /** Removes a draft's recovery; nothing to remove is not an error. */
  async discard(key: string): Promise<void> {
    checkKey(key);
    await this.inOrder(key, () =>
      unlink(this.fileOf(key)).catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
      }),
    );
  }

  /** The file a draft's recovery is saved in. */
  fileOf(key: string): string {
    return join(this.dir, `${key}${SUFFIX}`);
  }

  /** Reads at most the size limit; undefined if the file went away meanwhile. */
  private async read(key: string): Promise<PendingRecovery | undefined> {
    const file = this.fileOf(key);
    const unreadable = (problem: RecoveryProblem): PendingRecovery => ({ key, readable: false, file, problem });
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
      return unreadable({ key: 'recovery.unreadable', params: { file } });
    }
    try {
      const { size } = await handle.stat();
      if (size > this.maxFileBytes) {
        return unreadable({ key: 'recovery.tooLarge', params: { file, size: formatMegabytes(size), limit: formatMegabytes(this.maxFileBytes) } });
      }
      const parsed = parseRecovery(await handle.readFile('utf8'), key, file);
      return parsed.ok ? { key, readable: true, draft: parsed.draft } : unreadable(parsed.problem);
    } catch {
      return unreadable({ key: 'recovery.unreadable', params: { file } });
    } finally {
      await handle.close();
    }
  }

  private inOrder<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

function checkKey(key: string): void {
  if (!RECOVERY_KEY_PATTERN.test(key)) throw new RangeError(`not a recovery key: ${JSON.stringify(key)}`);
}

function rank(r: PendingRecovery): string {
  return r.readable ? `1${r.draft.savedAt}` : '0';
}
