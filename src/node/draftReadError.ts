import type { MessageKey, MessageParams } from '../core/i18n/messages';

/**
 * A draft that cannot be opened. Carries a catalogue key rather than text so the app and
 * the CLI each say it in the user's language; never shown with a stack trace.
 */
export class DraftReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'DraftReadError';
  }
}
