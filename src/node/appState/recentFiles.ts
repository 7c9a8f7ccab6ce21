import { z } from 'zod';
import { join } from 'node:path';
import { readJsonState, writeJsonState } from './jsonStateFile';

const MAX_RECENT = 10;
const recentSchema = z.array(z.string()).max(100);

/** Most recently opened drafts first, without duplicates, kept in the app's data folder. */
export class RecentFiles {
  private paths: string[] = [];
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'recent-files.json');
  }

  async boot(): Promise<void> {
    this.paths = await readJsonState(this.path, (v) => recentSchema.parse(v).slice(0, MAX_RECENT), []);
  }

  async shutdown(): Promise<void> {}

  list(): string[] {
    return [...this.paths];
  }

  async add(path: string): Promise<void> {
    this.paths = [path, ...this.paths.filter((p) => p !== path)].slice(0, MAX_RECENT);
    await writeJsonState(this.path, this.paths);
  }
}
