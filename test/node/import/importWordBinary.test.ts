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

  it('refuses a truncated document as damaged', async () => {
    const error = await refusal(() => importWordBinary(doc.subarray(0, 1500), 'cut.doc'));
    expect(error.key).toBe('importer.docCorrupt');
    expect(error.params).toEqual({ name: 'cut.doc' });
  });
});
