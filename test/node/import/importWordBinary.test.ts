import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWordBinary } from '../../../src/node/importWordBinary';
import { FORMATS } from './fixtures';
import { refusal } from './refusal';

describe('importWordBinary', () => {
  const doc = readFileSync(join(FORMATS, 'irrigation.doc'));

  it('reads a Word 97–2003 document to the paragraphs of the same article as .txt, curly quotes kept', async () => {
    const { text, warnings } = await importWordBinary(doc, 'irrigation.doc');
    expect(text).toBe(readFileSync(join(FORMATS, 'irrigation.txt'), 'utf8').trimEnd());
    expect(text).toContain('“以前');
    expect(warnings).toEqual([]);
  });

  it('refuses a document whose sector chains loop, which would make the reader exhaust memory', async () => {
    const FAT = 512;
    const loopedDirectory = Buffer.from(doc);
    const directory = loopedDirectory.readInt32LE(0x30);
    loopedDirectory.writeInt32LE(directory + 1, FAT + directory * 4);
    loopedDirectory.writeInt32LE(directory, FAT + (directory + 1) * 4);
    expect((await refusal(() => importWordBinary(loopedDirectory, 'loop.doc'))).key).toBe('importer.docCorrupt');

    const loopedShortStreams = Buffer.from(doc);
    const miniFat = (loopedShortStreams.readInt32LE(0x3c) + 1) * 512;
    loopedShortStreams.writeInt32LE(1, miniFat);
    loopedShortStreams.writeInt32LE(0, miniFat + 4);
    expect((await refusal(() => importWordBinary(loopedShortStreams, 'loop.doc'))).key).toBe('importer.docCorrupt');
  });

  it('refuses a truncated document as damaged', async () => {
    const error = await refusal(() => importWordBinary(doc.subarray(0, 1500), 'cut.doc'));
    expect(error.key).toBe('importer.docCorrupt');
    expect(error.params).toEqual({ name: 'cut.doc' });
  });
});
