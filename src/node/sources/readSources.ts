import { basename } from 'node:path';
import type { SourceText } from '../../core/sources/sourceText';
import { readDraft } from '../readDraft';

/**
 * Reads the documents a draft was written from, with the same importers, encodings and limits as
 * drafts, with the page starts of a PDF; a source that cannot be read fails the same way a draft does (what happened, what to do).
 */
export async function readSources(paths: readonly string[]): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const path of paths) {
    const draft = await readDraft(path);
    const source: SourceText = { name: basename(path), text: draft.text };
    if (draft.pageStarts !== undefined) source.pageStarts = draft.pageStarts;
    sources.push(source);
  }
  return sources;
}
