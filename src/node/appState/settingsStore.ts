import { z } from 'zod';
import { join } from 'node:path';
import type { Settings } from '../../shared/api';
import { DEFAULT_SETTINGS, EDITOR_FONT_SIZES, PANE_LIMITS } from '../../shared/settingsLimits';
import { readJsonState, writeJsonState } from './jsonStateFile';
import type { Lang } from '../../core/i18n/lang';

export const settingsSchema = z.object({
  lang: z.enum(['zh', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  reviewer: z.string().max(200),
  builtinStyle: z.boolean(),
  editorFont: z.enum(['serif', 'sans']),
  editorFontSize: z.number().int().min(EDITOR_FONT_SIZES.min).max(EDITOR_FONT_SIZES.max),
  sidePanelWidth: z.number().int().min(PANE_LIMITS.sidePanel.min).max(PANE_LIMITS.sidePanel.max),
  compareHeight: z.number().int().min(PANE_LIMITS.compare.min).max(PANE_LIMITS.compare.max).nullable(),
});

/** The user's settings, kept in the app's data folder. */
export class SettingsStore {
  private current: Settings;
  private readonly path: string;

  constructor(dataDir: string, defaultLang: Lang) {
    this.path = join(dataDir, 'settings.json');
    this.current = { ...DEFAULT_SETTINGS, lang: defaultLang };
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
