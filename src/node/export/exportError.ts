import type { MessageKey, MessageParams } from '../../core/i18n/messages';

/**
 * An export that must not or cannot happen (the output is the draft itself, the folder is not
 * writable). Carries a catalogue key so the app and the CLI each say it in the user's language.
 */
export class ExportError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'ExportError';
  }
}
