import { useCallback, useEffect, useRef, useState } from 'react';
import { isWritableEntry, entryLine, type UserStyleEntry } from '../../core/checks/style/editStyleFile';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { StyleEditResult, StyleFileView } from '../../shared/api';
import { api } from '../jiaokanApi';

interface Options {
  lang: Lang;
  draftPath: string | null;
  builtin: boolean;
  /** Hands the style files to the check worker. */
  sendStyle(files: { path: string; text: string }[], builtin: boolean): void;
  recheck(): void;
  onError(message: string): void;
}

export interface HouseStyleState {
  files: StyleFileView[];
  /** The entry just added from a finding or a selection, offered for undo until dismissed. */
  lastAdded: UserStyleEntry | null;
  addEntry(entry: UserStyleEntry): void;
  undoLastAdded(): void;
  dismissLastAdded(): void;
  addFile(): void;
  removeFile(path: string): void;
}

/**
 * The style files in force for the open draft: listed by main (which watches them), handed to
 * the check worker, and re-read — with a re-check — when the draft, the built-in switch, a file
 * on disk, or an entry the user adds changes.
 */
export function useHouseStyle({ lang, draftPath, builtin, sendStyle, recheck, onError }: Options): HouseStyleState {
  const [files, setFiles] = useState<StyleFileView[]>([]);
  const [lastAdded, setLastAdded] = useState<UserStyleEntry | null>(null);
  const latest = useRef(0);
  /** What the worker has now: it starts with the built-in list alone, as with no files and the switch on. */
  const sent = useRef(styleKey([], true));
  const callbacks = useRef({ sendStyle, recheck, onError });
  callbacks.current = { sendStyle, recheck, onError };

  const reload = useCallback(async () => {
    const call = ++latest.current;
    try {
      const listed = await api().listStyleFiles(draftPath);
      // A newer reload (another draft, a second change) already answered or will.
      if (call !== latest.current) return;
      setFiles(listed);
      const readable = listed.flatMap((f) => ('text' in f ? [{ path: f.path, text: f.text }] : []));
      // Opening a draft already checks it: a second check with the same lists would only cost time.
      if (styleKey(readable, builtin) === sent.current) return;
      sent.current = styleKey(readable, builtin);
      callbacks.current.sendStyle(readable, builtin);
      callbacks.current.recheck();
    } catch (error) {
      callbacks.current.onError(error instanceof Error ? error.message : String(error));
    }
  }, [draftPath, builtin]);

  useEffect(() => void reload(), [reload]);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => api().onStyleChange(() => void reloadRef.current()), []);

  const edit = useCallback(async (change: () => Promise<StyleEditResult>, after?: () => void) => {
    try {
      const result = await change();
      if (!result.ok) {
        if (result.cancelled !== true) callbacks.current.onError(result.message);
        return;
      }
      after?.();
      await reloadRef.current();
    } catch (error) {
      callbacks.current.onError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const addEntry = useCallback(
    (entry: UserStyleEntry) => {
      if (!isWritableEntry(entry)) return callbacks.current.onError(t(lang, 'style.entryNotWritable', { entry: entryLine(entry) }));
      void edit(() => api().addUserStyleEntry(entry), () => setLastAdded(entry));
    },
    [lang, edit],
  );
  const undoLastAdded = useCallback(() => {
    if (lastAdded) void edit(() => api().removeUserStyleEntry(lastAdded), () => setLastAdded(null));
  }, [lastAdded, edit]);
  const dismissLastAdded = useCallback(() => setLastAdded(null), []);
  const addFile = useCallback(() => void edit(() => api().addStyleFile()), [edit]);
  const removeFile = useCallback((path: string) => void edit(() => api().removeStyleFile(path)), [edit]);
  return { files, lastAdded, addEntry, undoLastAdded, dismissLastAdded, addFile, removeFile };
}

function styleKey(files: { path: string; text: string }[], builtin: boolean): string {
  return JSON.stringify([files, builtin]);
}
