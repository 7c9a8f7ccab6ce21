import { z } from 'zod';
import type { MessageKey, MessageParams } from '../../core/i18n/messages';

/** The format version written; a file with a higher one comes from a newer app and is not read. */
export const RECOVERY_FORMAT = 1;

/** An autosaved copy of a draft's text as the user last had it. */
export interface RecoveryDraft {
  /** The draft's file, or null for a draft never saved to one. */
  path: string | null;
  name: string;
  text: string;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
}

/** Why a recovery file cannot be offered: a catalogue key and its parameters, for the user's language. */
export interface RecoveryProblem {
  key: MessageKey;
  params: MessageParams;
}

const recoverySchema = z.object({
  jiaokanRecovery: z.literal(RECOVERY_FORMAT),
  key: z.string(),
  path: z.string().nullable(),
  name: z.string(),
  text: z.string(),
  savedAt: z.string(),
});

/** JSON.stringify escapes lone surrogates, so even a text with a broken pair comes back exactly. */
export function serializeRecovery(key: string, draft: RecoveryDraft): string {
  const { path, name, text, savedAt } = draft;
  return JSON.stringify({ jiaokanRecovery: RECOVERY_FORMAT, key, path, name, savedAt, text });
}

/** Parses a recovery file's content; never throws. */
export function parseRecovery(content: string, key: string, file: string): { ok: true; draft: RecoveryDraft } | { ok: false; problem: RecoveryProblem } {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return { ok: false, problem: { key: 'recovery.unreadable', params: { file } } };
  }
  const version = (value as { jiaokanRecovery?: unknown } | null)?.jiaokanRecovery;
  if (typeof version === 'number' && version > RECOVERY_FORMAT) {
    return { ok: false, problem: { key: 'recovery.newerFormat', params: { file } } };
  }
  const parsed = recoverySchema.safeParse(value);
  if (!parsed.success || parsed.data.key !== key) return { ok: false, problem: { key: 'recovery.unreadable', params: { file } } };
  const { path, name, text, savedAt } = parsed.data;
  return { ok: true, draft: { path, name, text, savedAt } };
}
