import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AppHost, LaunchOptions } from './appHost';
import { reviewReady, type ReviewSaveState } from './panel';
import { tempFolder } from './tempFolder';

export interface OpenedCopy {
  page: Page;
  /** The copy's path; its review file is written beside it. */
  draft: string;
  /** Closes the app and starts it again on the same copy and data folder, ready as before. */
  reopen(): Promise<Page>;
}

/**
 * Opens a fresh copy of `source` in a temporary folder (so its review file never lands in the
 * repository) with a fresh data folder, and waits until it is checked and its review is in one
 * of `saveStates`.
 */
export async function openDraftCopy(launch: (options: LaunchOptions) => Promise<AppHost>, source: string, saveStates: readonly ReviewSaveState[]): Promise<OpenedCopy> {
  const draft = join(tempFolder('draft'), basename(source));
  await copyFile(source, draft);
  const dataDir = tempFolder('draft-data');
  let host = await launch({ startupPath: draft, dataDir });
  await reviewReady(host.page, saveStates);
  return {
    page: host.page,
    draft,
    reopen: async () => {
      await host.close();
      host = await launch({ startupPath: draft, dataDir });
      await reviewReady(host.page, saveStates);
      return host.page;
    },
  };
}
