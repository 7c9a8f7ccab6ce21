import type { MessageKey, MessageParams } from './messages';

/**
 * An error the user is meant to read: it carries a catalogue key rather than text, so the app
 * and the CLI each say it in the user's language, and never with a stack trace.
 */
export class LocalizedError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = new.target.name;
  }
}
