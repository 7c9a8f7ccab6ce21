import { LocalizedError } from '../i18n/localizedError';

/** A change the review model refuses (a dismissal without a reason). */
export class ReviewError extends LocalizedError {}
