import { beforeAll, describe, expect, it, vi } from 'vitest';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import type { Mention } from '../../../src/core/entities/mention';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { MEASURED_DRAFTS } from '../../fixtures/entities/measuredDrafts';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** Extraction by a fresh copy of the module: nothing remembered from earlier drafts. */
async function coldExtract(text: string, g: Gazetteer | undefined): Promise<Mention[]> {
  vi.resetModules();
  const fresh = await import('../../../src/core/entities/extractEntities');
  return fresh.extractEntities(text, g);
}

/** Plain data, so a remembered mention and a fresh one compare equal field by field. */
function plain(mentions: Mention[]): unknown {
  return JSON.parse(JSON.stringify(mentions));
}

const draft = MEASURED_DRAFTS.map((d) => d.text).join('\n\n');

describe('extractEntities reuses unchanged paragraphs', () => {
  it('gives after each edit what a fresh extraction of the edited draft gives', async () => {
    const edits: ((text: string) => string)[] = [
      (s) => s.replace('会宁县', '会宁县的'),
      (s) => s.replace('韩集镇', '韩家集镇'),
      (s) => s.replace('\n', ''), // two paragraphs joined: later sentences renumber
      (s) => s.replace('。', '。\n'), // one paragraph split
      (s) => `新的第一段，会宁县杨集镇。\n${s}`, // everything after shifts
      (s) => s.replace('有限公司', '有限责任公司'),
      (s) => s.slice(0, Math.floor(s.length / 2)), // half deleted
    ];
    let text = draft;
    extractEntities(text, gazetteer);
    for (const edit of edits) {
      const edited = edit(text);
      expect(edited).not.toBe(text);
      text = edited;
      const warm = plain(extractEntities(text, gazetteer));
      expect(warm).toEqual(plain(await coldExtract(text, gazetteer)));
    }
  });

  it('keeps what was read with the gazetteer apart from what was read without it', () => {
    const text = '走进会宁县杨崖集镇，看到大棚连片。';
    const known = (g: Gazetteer | undefined) => extractEntities(text, g).filter((m) => (m.places?.length ?? 0) > 0).map((m) => m.text);
    expect(known(gazetteer)).toEqual(['会宁县', '杨崖集镇']);
    expect(known(undefined)).toEqual([]);
    expect(known(gazetteer)).toEqual(['会宁县', '杨崖集镇']);
  });

  it('returns the same offsets for a paragraph repeated in the draft', () => {
    const paragraph = '天津绿源达食品有限公司在会宁县建厂。';
    const text = `${paragraph}\n${paragraph}`;
    const orgs = extractEntities(text, gazetteer).filter((m) => m.kind === 'org');
    expect(orgs.map((m) => [m.start, m.sentence])).toEqual([
      [0, 0],
      [paragraph.length + 1, 1],
    ]);
    for (const m of orgs) expect(text.slice(m.form.start, m.form.end)).toBe('绿源达');
  });
});
