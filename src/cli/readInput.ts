import type { DraftFile } from '../core/draftFile';
import { t } from '../core/i18n/messages';
import { draftOfBytes } from '../node/draftOfBytes';
import { MAX_DOCX_BYTES } from '../node/draftLimits';
import { readDraft } from '../node/readDraft';
import { CliUsageError, type CliIo } from './cliIo';
import { STDIN_ARGUMENT } from './stdinArgument';

/** Reads the draft FILE names; `-` reads standard input (`echo 盛夏时节,走进车间。 | jiaokan check -`). */
export async function readInput(file: string, io: CliIo): Promise<DraftFile> {
  if (file !== STDIN_ARGUMENT) return readDraft(file);
  if (!io.stdin) throw new CliUsageError(t(io.lang, 'cli.noStdin'));
  const bytes = await io.stdin();
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new CliUsageError(t(io.lang, 'cli.stdinTooLarge', { limit: Math.round(MAX_DOCX_BYTES / 1024 / 1024) }));
  return draftOfBytes(bytes);
}
