import { writeFileAtomic } from '../writeFileAtomic';
import { ExportError } from './exportError';

/** Writes one export file atomically; a failure becomes an ExportError the user can act on. */
export async function writeExportFile(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, data).catch((error: unknown) => {
    throw new ExportError('cleanCopy.exportWriteFailed', { path, reason: error instanceof Error ? error.message : String(error) });
  });
}
