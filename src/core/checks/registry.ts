import type { Check } from './check';
import { punctuationCheck } from './punctuation/punctuationCheck';
import { repetitionCheck } from './repetition/repetitionCheck';

/** Every check the engine runs, in report order. Each family adds its module here. */
export const ALL_CHECKS: readonly Check[] = [punctuationCheck, repetitionCheck];
