import { t } from '../../core/i18n/messages';
import { CliUsageError, type CliIo } from '../cliIo';

/** Validates a `--format` value against the formats a command supports. */
export function readFormat<F extends string>(value: string | undefined, allowed: readonly F[], io: CliIo): F {
  const format = (value ?? allowed[0]) as F;
  if (!allowed.includes(format)) {
    throw new CliUsageError(t(io.lang, 'cli.badFormat', { format: String(value), allowed: allowed.join('|') }));
  }
  return format;
}
