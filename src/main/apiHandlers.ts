import { basename } from 'node:path';
import { t } from '../core/i18n/messages';
import type { InvokeApi, OpenResult, Settings } from '../shared/api';
import { DraftReadError } from '../node/draftReadError';
import { importDraftBytes, readDraft } from '../node/readDraft';
import type { RecentFiles } from '../node/appState/recentFiles';
import type { SettingsStore } from '../node/appState/settingsStore';

/** What the handlers need from the outside world; Electron supplies the dialog, tests a stand-in. */
export interface ApiDeps {
  /** Shows File → Open and resolves to the chosen path, or null when cancelled. */
  askOpenFile(): Promise<string | null>;
  settings: SettingsStore;
  recent: RecentFiles;
  /** A draft path given on the command line, if any. */
  startupPath: string | null;
  /** The built-in sample draft shown when the app starts without a file. */
  samplePath: string;
}

/**
 * The main-process side of the IPC contract. Free of Electron so the same handlers serve the
 * real app and the browser end-to-end tests. Inputs are validated before they get here.
 */
export function createApiHandlers(deps: ApiDeps): InvokeApi {
  const lang = () => deps.settings.get().lang;

  const failed = (error: unknown, path: string): OpenResult => {
    if (error instanceof DraftReadError) return { ok: false, message: t(lang(), error.key, error.params) };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(lang(), 'shell.openFailed', { name: basename(path), reason }) };
  };

  const openPath = async (path: string): Promise<OpenResult> => {
    try {
      const draft = await readDraft(path);
      await deps.recent.add(path);
      return { ok: true, draft };
    } catch (error) {
      return failed(error, path);
    }
  };

  return {
    async openDialog() {
      const path = await deps.askOpenFile();
      return path === null ? { ok: false, cancelled: true } : openPath(path);
    },
    openPath,
    async openBytes(name: string, bytes: Uint8Array) {
      try {
        return { ok: true, draft: await importDraftBytes(name, bytes, null) };
      } catch (error) {
        return failed(error, name);
      }
    },
    async openStartupDraft() {
      if (deps.startupPath !== null) return openPath(deps.startupPath);
      try {
        const draft = await readDraft(deps.samplePath);
        return { ok: true, draft: { ...draft, path: null, name: t(lang(), 'shell.sampleName') } };
      } catch (error) {
        return failed(error, deps.samplePath);
      }
    },
    async listRecent() {
      return deps.recent.list();
    },
    async getSettings() {
      return deps.settings.get();
    },
    async setSettings(patch: Partial<Settings>) {
      return deps.settings.update(patch);
    },
  };
}
