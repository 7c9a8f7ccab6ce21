import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFormatOfContent } from '../../../src/node/draftFormatOfContent';
import { buildZip } from './buildZip';
import { FORMATS } from './fixtures';

const fixture = (ext: string): Uint8Array => readFileSync(join(FORMATS, `irrigation.${ext}`));

describe('draftFormatOfContent', () => {
  it('knows each document format by its bytes, whatever the name claims', () => {
    for (const ext of ['rtf', 'doc', 'pdf', 'docx', 'odt'] as const) {
      expect(draftFormatOfContent(fixture(ext), 'txt'), ext).toBe(ext);
      expect(draftFormatOfContent(fixture(ext), undefined), ext).toBe(ext);
    }
  });

  it('calls an OLE document .wps when its name does, and .doc otherwise', () => {
    expect(draftFormatOfContent(fixture('doc'), 'wps')).toBe('wps');
    expect(draftFormatOfContent(fixture('doc'), 'md')).toBe('doc');
  });

  it('leaves text alone, even text that mentions a signature after its start', () => {
    expect(draftFormatOfContent(fixture('txt'), 'txt')).toBeUndefined();
    expect(draftFormatOfContent(new TextEncoder().encode('文件头是 %PDF- 和 {\\rtf'), undefined)).toBeUndefined();
  });

  it('takes a zip for what its members say, and a damaged one for what its name says', () => {
    const spreadsheet = buildZip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true }, { name: 'content.xml', data: Buffer.from('<x/>') }]);
    expect(draftFormatOfContent(spreadsheet, 'odt')).toBeUndefined();
    expect(draftFormatOfContent(spreadsheet, 'docx')).toBe('docx');
    const cut = fixture('odt').subarray(0, 200);
    expect(draftFormatOfContent(cut, 'odt')).toBe('odt');
    expect(draftFormatOfContent(cut, 'docx')).toBe('docx');
    expect(draftFormatOfContent(cut, 'txt')).toBeUndefined();
  });
});
