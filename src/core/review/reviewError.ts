import type { MessageKey, MessageParams } from '../i18n/messages';

/** A change the review model refuses (a dismissal without a reason); carries a catalogue key. */
export class ReviewError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'ReviewError';
  }
}
