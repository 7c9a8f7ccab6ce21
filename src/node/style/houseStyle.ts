import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { addStyleEntry, removeStyleEntry, type UserStyleEntry } from '../../core/checks/style/editStyleFile';
import { LocalizedError } from '../../core/i18n/localizedError';
import type { StyleFileOrigin } from '../../shared/api';
import { readJsonState, writeJsonState } from '../appState/jsonStateFile';
import { watchDraft, type DraftWatch } from '../draftWatcher';
import { writeFileAtomic } from '../writeFileAtomic';
import { discoverStyleFiles } from './discoverStyleFiles';
import { readStyleText } from './readStyleFile';

/** The user's own style file, in the app's data folder: what 不再提示此词 and 加入本报用语 write to. */
export const USER_STYLE_FILE_NAME = 'jiaokan-style.txt';
const MAX_ADDED = 50;
const addedSchema = z.array(z.string().min(1).max(4096)).max(MAX_ADDED);

export type StyleFileRead = { path: string; origin: StyleFileOrigin; text: string } | { path: string; origin: StyleFileOrigin; error: LocalizedError };

/**
 * The app's style files: the user's own, those added in the settings (kept in style-files.json),
 * and the `.jiaokan-style.txt` files above the open draft. Watches the ones in use and reports a
 * change on disk, so open drafts are checked again.
 */
export class HouseStyle {
  readonly userFile: string;
  private readonly addedPath: string;
  private added: string[] = [];
  private watches: DraftWatch[] = [];

  constructor(dataDir: string) {
    this.userFile = join(dataDir, USER_STYLE_FILE_NAME);
    this.addedPath = join(dataDir, 'style-files.json');
  }

  async boot(): Promise<void> {
    this.added = await readJsonState(this.addedPath, (v) => addedSchema.parse(v), []);
  }

  async shutdown(): Promise<void> {
    this.unwatch();
  }

  /** The files in force for a draft, most specific first (the user's own, the draft's folders, the added ones); watched until the next call. */
  async filesFor(draftPath: string | null, onChange: () => void): Promise<StyleFileRead[]> {
    const wanted: { path: string; origin: StyleFileOrigin }[] = [{ path: this.userFile, origin: 'user' }];
    if (draftPath !== null) for (const path of await discoverStyleFiles(draftPath)) wanted.push({ path, origin: 'folder' });
    for (const path of this.added) wanted.push({ path, origin: 'added' });
    const unique = wanted.filter((w, i) => wanted.findIndex((o) => o.path === w.path) === i);
    const read = await Promise.all(unique.map((w) => this.read(w.path, w.origin)));
    const present = read.filter((r) => !(r.origin === 'user' && 'error' in r));
    this.unwatch();
    this.watches = present.map((r) => watchDraft(r.path, onChange));
    return present;
  }

  async addFile(path: string): Promise<void> {
    const absolute = resolve(path);
    if (this.added.includes(absolute)) return;
    if (this.added.length >= MAX_ADDED) throw new LocalizedError('style.tooManyFiles', { max: MAX_ADDED });
    await readStyleText(absolute);
    this.added = [...this.added, absolute];
    await writeJsonState(this.addedPath, this.added);
  }

  async removeFile(path: string): Promise<void> {
    this.added = this.added.filter((p) => p !== path);
    await writeJsonState(this.addedPath, this.added);
  }

  async addEntry(entry: UserStyleEntry): Promise<void> {
    await this.editUserFile((text) => addStyleEntry(text, entry));
  }

  async removeEntry(entry: UserStyleEntry): Promise<void> {
    await this.editUserFile((text) => removeStyleEntry(text, entry));
  }

  private async editUserFile(edit: (text: string) => string): Promise<void> {
    const before = await readFile(this.userFile, 'utf8').catch((error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return '';
      throw error;
    });
    const after = edit(before);
    if (after !== before) await writeFileAtomic(this.userFile, after);
  }

  private async read(path: string, origin: StyleFileOrigin): Promise<StyleFileRead> {
    try {
      return { path, origin, text: await readStyleText(path) };
    } catch (error) {
      if (error instanceof LocalizedError) return { path, origin, error };
      throw error;
    }
  }

  private unwatch(): void {
    for (const watch of this.watches) watch.dispose();
    this.watches = [];
  }
}

