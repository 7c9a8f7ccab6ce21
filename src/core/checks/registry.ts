import type { Check } from './check';
import { punctuationCheck } from './punctuation/punctuationCheck';
import { repetitionCheck } from './repetition/repetitionCheck';
import { consistencyCheck } from './consistency/consistencyCheck';
import { gazetteerCheck } from './gazetteer/gazetteerCheck';
import { arithmeticCheck } from './arithmetic/arithmeticCheck';
import { dateCheck } from './date/dateCheck';
import { numberCheck } from './number/numberCheck';
import { styleCheck } from './style/styleCheck';
import { sourceCheck } from './source/sourceCheck';

/** Every check the engine runs, in report order. Each family adds its module here. */
export const ALL_CHECKS: readonly Check[] = [consistencyCheck, gazetteerCheck, arithmeticCheck, dateCheck, punctuationCheck, numberCheck, repetitionCheck, styleCheck, sourceCheck];
