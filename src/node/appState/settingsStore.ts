import { z } from 'zod';
import { join } from 'node:path';
import type { Settings } from '../../shared/api';
import { readJsonState, writeJsonState } from './jsonStateFile';
import type { Lang } from '../../core/i18n/lang';

export const settingsSchema = z.object({
  lang: z.enum(['zh', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  reviewer: z.string().max(200),
  builtinStyle: z.boolean(),
});

/** The user's settings, kept in the app's data folder. */
export class SettingsStore {
  private current: Settings;
  private readonly path: string;

  constructor(dataDir: string, defaultLang: Lang) {
    this.path = join(dataDir, 'settings.json');
    this.current = { lang: defaultLang, theme: 'system', reviewer: '', builtinStyle: true };
  }

  async boot(): Promise<void> {
    this.current = await readJsonState(this.path, (v) => settingsSchema.parse({ ...this.current, ...(v as object) }), this.current);
  }

  async shutdown(): Promise<void> {}

  get(): Settings {
    return { ...this.current };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    this.current = settingsSchema.parse({ ...this.current, ...patch });
    await writeJsonState(this.path, this.current);
    return this.get();
  }
}
