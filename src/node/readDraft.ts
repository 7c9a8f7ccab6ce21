import type { DraftFile } from '../core/draftFile';

/** Reads, decodes and imports a draft from disk. Throws DraftReadError with a catalogue key. */
export async function readDraft(path: string): Promise<DraftFile> {
  throw new Error(`readDraft not implemented yet: ${path}`);
}
