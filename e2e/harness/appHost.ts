import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core/i18n/lang';
import type { MenuCommand } from '../../src/shared/api';

export interface LaunchOptions {
  /** A draft given on the command line; the built-in sample when omitted. */
  startupPath?: string;
  lang?: Lang;
  colorScheme?: 'light' | 'dark';
  /** The app's data folder (settings, recent files, recovery); a fresh temporary one when omitted, so a spec can restart the app on the same data. */
  dataDir?: string;
  /** Served files the page is refused (a URL glob, e.g. a worker's script), to see how the app copes; honoured in Chromium only. */
  refuse?: string;
}

/** The app under test, in Chromium through the bridge or in real Electron: specs see only this. */
export interface AppHost {
  kind: 'browser' | 'electron';
  page: Page;
  sendMenu(command: MenuCommand): Promise<void>;
  /** The answer the next File → Open dialog gives (a path, or null for cancel). */
  answerOpenDialog(path: string | null): Promise<void>;
  /** The answer the next save dialog gives (a path, or null for cancel). */
  answerSaveDialog(path: string | null): Promise<void>;
  close(): Promise<void>;
}
