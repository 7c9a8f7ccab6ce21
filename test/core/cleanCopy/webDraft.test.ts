import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';
import { applyEdits } from '../../../src/core/cleanCopy/cleanEdit';

// A team-written web copy with the seed's traits: breadcrumb, title, date/source stamp,
// indented body with half-width commas, a caption, and a 版权声明 block ending in a phone
// number and the organisation's name. A body paragraph mentions 版权 and must stay.
const fixtures = join(__dirname, '../../fixtures/cleanCopy');
const draft = readFileSync(join(fixtures, 'web-draft.txt'), 'utf8');
const expected = readFileSync(join(fixtures, 'web-draft.clean.txt'), 'utf8');

/** What the transforms may change: whitespace, and the width and shape of punctuation. */
function charactersOnly(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/，/g, ',')
    .replace(/[“”]/g, '"');
}

describe('clean copy of a web draft', () => {
  const result = cleanCopy(draft);

  it('produces exactly the expected clean copy', () => {
    expect(result.text).toBe(expected);
  });

  it('has no breadcrumb, no copyright block, no half-width comma between Chinese characters', () => {
    expect(result.text).not.toMatch(/位置|>>/);
    expect(result.text).not.toMatch(/版权声明|不得转载|0571-6688123|青溪融媒中心$/m);
    expect(result.text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  });

  it('keeps every other character of the article body', () => {
    const lines = draft.split('\n');
    const titleAt = lines.indexOf('青溪县：一片茶叶带富一方百姓');
    const bodyEnd = lines.indexOf('版权声明');
    const body = lines.slice(titleAt, bodyEnd).filter((l) => !l.includes('来源:'));
    expect(charactersOnly(result.text)).toBe(charactersOnly(body.join('\n')));
    expect(result.text).toContain('维护品牌版权和商标权益');
    expect(result.text).toContain('www.example.com');
    expect(result.text).toContain('9:30');
    expect(result.text).toContain('12.5%');
  });

  it('logs each transform and can rebuild the clean copy from its edits', () => {
    expect(applyEdits(draft, result.edits)).toBe(result.text);
    expect(result.log.counts).toEqual({ stripChrome: 3, applySuggestions: 0, punctuation: 12, whitespace: 6 });
    const kinds = result.log.entries.filter((e) => e.transform === 'stripChrome').map((e) => e.kind);
    expect(kinds).toEqual(['breadcrumb', 'stamp', 'copyright']);
  });
});
