import { basename } from 'node:path';
import type { AttachedSource } from '../../core/review/attachedSource';
import type { SourceText } from '../../core/sources/sourceText';
import { readDraft } from '../readDraft';
import { fingerprintSource } from './fingerprintSource';
import type { ExtractedText, SourceTextCache } from './sourceTextCache';

/**
 * Reads the documents a draft was written from, with the same importers, encodings and limits as
 * drafts, with the page starts of a PDF; a source that cannot be read fails the same way a draft
 * does (what happened, what to do).
 */
export async function readSources(paths: readonly string[]): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const path of paths) sources.push(sourceText(basename(path), await extract(path)));
  return sources;
}

/** A source read for a review: its text, and its fingerprint for the review file. */
export interface AttachedSourceText {
  attached: AttachedSource;
  source: SourceText;
}

/**
 * Reads sources as readSources does, fingerprinting each so the review can record it, and takes
 * the text from the cache when the same bytes were extracted before.
 */
export async function readAttachedSources(paths: readonly string[], cache: SourceTextCache): Promise<AttachedSourceText[]> {
  const read: AttachedSourceText[] = [];
  for (const path of paths) {
    const attached = await fingerprintSource(path);
    let text = await cache.get(attached.sha256);
    if (text === undefined) {
      text = await extract(path);
      await cache.put(attached.sha256, text);
    }
    read.push({ attached, source: sourceText(attached.name, text) });
  }
  return read;
}

async function extract(path: string): Promise<ExtractedText> {
  const draft = await readDraft(path);
  return draft.pageStarts === undefined ? { text: draft.text } : { text: draft.text, pageStarts: draft.pageStarts };
}

function sourceText(name: string, extracted: ExtractedText): SourceText {
  return extracted.pageStarts === undefined ? { name, text: extracted.text } : { name, text: extracted.text, pageStarts: extracted.pageStarts };
}
