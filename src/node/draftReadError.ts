import { LocalizedError } from '../core/i18n/localizedError';

/** A draft that cannot be opened (missing, binary, too large, corrupt). */
export class DraftReadError extends LocalizedError {}
