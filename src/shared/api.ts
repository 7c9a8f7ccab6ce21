/**
 * The IPC contract: one interface implemented by main (src/main/apiHandlers.ts), exposed by the
 * preload, used by the renderer, and bridged to the same handlers in the browser e2e tests.
 */
import type { DraftFile } from '../core/draftFile';
import type { Lang } from '../core/i18n/lang';

export type OpenResult =
  | { ok: true; draft: DraftFile }
  | { ok: false; cancelled: true }
  /** `message` is already in the user's language: what happened and what to do. */
  | { ok: false; cancelled?: false; message: string };

export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  lang: Lang;
  theme: ThemeSetting;
  /** Shown on verdicts; empty until the reviewer sets it. */
  reviewer: string;
}

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['open', 'nextFinding', 'previousFinding', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Methods answered by main over `ipcRenderer.invoke`; each has exactly one handler. */
export interface InvokeApi {
  /** File → Open: main shows the dialog and imports the chosen file. */
  openDialog(): Promise<OpenResult>;
  /** Opens a path (a recent file, a dropped file). */
  openPath(path: string): Promise<OpenResult>;
  /** Opens a dropped file that has no path on disk (its bytes are sent instead). */
  openBytes(name: string, bytes: Uint8Array): Promise<OpenResult>;
  /** The draft to show at start: the command-line path if given, else the built-in sample. */
  openStartupDraft(): Promise<OpenResult>;
  listRecent(): Promise<string[]>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}

export const INVOKE_METHODS = [
  'openDialog',
  'openPath',
  'openBytes',
  'openStartupDraft',
  'listRecent',
  'getSettings',
  'setSettings',
] as const satisfies readonly (keyof InvokeApi)[];

/** Compile-time proof that INVOKE_METHODS lists every method of InvokeApi. */
type MissingMethods = Exclude<keyof InvokeApi, (typeof INVOKE_METHODS)[number]>;
const everyMethodListed: MissingMethods extends never ? true : never = true;
void everyMethodListed;

export type InvokeMethod = (typeof INVOKE_METHODS)[number];

export function channelOf(method: InvokeMethod): string {
  return `jiaokan:${method}`;
}

export const MENU_CHANNEL = 'jiaokan:menu';

/** What the renderer sees on `window.jiaokan`. */
export interface JiaokanApi extends InvokeApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The path of a dropped File (Electron's webUtils); '' where the platform gives none. */
  pathForFile(file: File): string;
}
