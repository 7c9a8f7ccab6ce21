import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { formatTime } from '../../../core/i18n/formatTime';
import { t } from '../../../core/i18n/messages';
import type { DraftDiskEvent, PendingRecoveryView } from '../../../shared/api';
import { api } from '../../jiaokanApi';
import type { SafetyAction } from './SafetyBanner';

/** Edits are autosaved this long after the last keystroke. */
const AUTOSAVE_DELAY_MS = 2000;

export interface SafetyPrompt {
  message: string;
  actions: SafetyAction[];
}

interface Options {
  lang: Lang;
  /** The draft shown: its file (null for the sample or a dropped file) and name. */
  draft: { path: string | null; name: string } | null;
  currentText(): string | null;
  /** Puts a recovered text into the editor as unsaved edits of the named draft. */
  restore(recovery: { path: string | null; name: string; text: string }): void;
  /** Re-reads the open draft from disk, replacing the text shown. */
  reload(path: string): void;
}

/**
 * Data safety in the renderer (issue 8): edits are autosaved to a recovery file; copies a crash
 * left behind are offered at start; a draft changed on disk by another program is reported and
 * the user chooses. A recovery is removed only when the user declines it, never silently.
 */
export function useDraftSafety({ lang, draft, currentText, restore, reload }: Options) {
  const [prompts, setPrompts] = useState<SafetyPrompt[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const dismiss = useCallback((prompt: SafetyPrompt) => setPrompts((list) => list.filter((p) => p !== prompt)), []);

  const offer = useCallback(
    (pending: PendingRecoveryView) => {
      const prompt: SafetyPrompt = pending.readable
        ? {
            message: t(lang, 'recovery.offer', { name: pending.name, savedAt: formatTime(pending.savedAt, lang) }),
            actions: [
              { label: t(lang, 'recovery.restore'), testId: 'recovery-restore', run: () => (dismiss(prompt), restore(pending)) },
              { label: t(lang, 'recovery.discard'), testId: 'recovery-discard', run: () => (dismiss(prompt), void api().discardRecovery(pending.key)) },
            ],
          }
        : {
            message: pending.message,
            actions: [{ label: t(lang, 'recovery.discard'), testId: 'recovery-discard', run: () => (dismiss(prompt), void api().discardRecovery(pending.key)) }],
          };
      setPrompts((list) => [...list, prompt]);
    },
    [lang, dismiss, restore],
  );

  /** Called once the startup draft is shown, so a restore lands on top of it. */
  const offerRecoveries = useCallback(async () => {
    for (const pending of await api().listRecoveries()) offer(pending);
  }, [offer]);

  /** Called on every edit; the autosave runs once typing pauses. */
  const edited = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const shown = draftRef.current;
      const text = currentText();
      if (!shown || text === null) return;
      void api()
        .autosaveDraft({ path: shown.path, name: shown.name, text })
        .then((result) => {
          if (!result.ok) setPrompts((list) => [...list.filter((p) => p.message !== result.message), { message: result.message, actions: [] }]);
        });
    }, AUTOSAVE_DELAY_MS);
  }, [currentText]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(
    () =>
      api().onDraftDiskChange((event: DraftDiskEvent) => {
        const shown = draftRef.current;
        if (!shown || shown.path !== event.path) return;
        const prompt: SafetyPrompt =
          event.kind === 'deleted'
            ? { message: t(lang, 'recovery.draftDeleted', { name: shown.name }), actions: [{ label: t(lang, 'app.banner.dismiss'), testId: 'disk-keep', run: () => dismiss(prompt) }] }
            : {
                message: t(lang, 'recovery.draftChanged', { name: shown.name }),
                actions: [
                  { label: t(lang, 'recovery.reloadFromDisk'), testId: 'disk-reload', run: () => (dismiss(prompt), reload(event.path)) },
                  { label: t(lang, 'recovery.keepMine'), testId: 'disk-keep', run: () => dismiss(prompt) },
                ],
              };
        setPrompts((list) => [...list, prompt]);
      }),
    [lang, dismiss, reload],
  );

  return { prompts, offerRecoveries, edited };
}
