import { LocalizedError } from '../../core/i18n/localizedError';

/** An export that must not or cannot happen (the output is the draft itself, the folder is not writable). */
export class ExportError extends LocalizedError {}
