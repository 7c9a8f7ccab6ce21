import type { DraftFile } from '../core/draftFile';
import type { MessageKey, MessageParams } from '../core/i18n/messages';

/** What importInWorker sends the import worker. */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  path: string | null;
}

/** The worker's answer: the draft, a refusal with its catalogue key, or an unexpected error. */
export type ImportReply =
  | { ok: true; draft: DraftFile }
  | { ok: false; key: MessageKey; params: MessageParams }
  | { ok: false; message: string };
