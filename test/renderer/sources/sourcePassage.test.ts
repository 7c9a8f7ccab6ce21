import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import type { FindingEvidence } from '../../../src/core/findingEvidence';
import { citationOf, documentCitation, draftSentence, sideBySide } from '../../../src/renderer/sources/sourcePassage';

const DRAFT = '全镇今年新修机耕路12公里。镇长许立平说，新修道路投资了860万元。下半年还将继续。';

function finding(needle: string, evidence?: FindingEvidence): Finding {
  const start = DRAFT.indexOf(needle);
  const f: Finding = { id: needle, rule: 'source.number-differs', severity: 'error', message: '', spans: [{ start, end: start + needle.length, text: needle }] };
  if (evidence) f.evidence = evidence;
  return f;
}

describe('the side-by-side passage of a source difference', () => {
  it('takes the draft sentence holding the finding, without its neighbours', () => {
    expect(draftSentence(DRAFT, finding('860万元'))).toBe('镇长许立平说，新修道路投资了860万元。');
    expect(draftSentence(DRAFT, finding('12公里'))).toBe('全镇今年新修机耕路12公里。');
  });

  it('marks what the source says (removed) and what the draft says instead (added), leaving the rest plain', () => {
    const { source, draft } = sideBySide('镇长许立平说，新修道路投资了680万元。', '镇长许立平说，新修道路投资了860万元。');
    const marked = (segments: { mark: string; text: string }[], mark: string) => segments.filter((s) => s.mark === mark).map((s) => s.text).join('');
    expect(marked(source, 'del')).toContain('68');
    expect(marked(draft, 'ins')).toContain('86');
    expect(source.map((s) => s.text).join('')).toBe('镇长许立平说，新修道路投资了680万元。');
    expect(draft.map((s) => s.text).join('')).toBe('镇长许立平说，新修道路投资了860万元。');
    expect(marked(draft, 'text')).toContain('镇长许立平说');
  });

  it('cites the document, the page and the passage; an unsourced sentence has no citation', () => {
    const evidence: FindingEvidence = { of: 'source', sourceFile: '镇政府通报.pdf', page: 3, sourceText: '680万元', sourceSentence: '新修道路投资680万元。', sourceStart: 5, sourceEnd: 11 };
    const citation = citationOf(finding('860万元', evidence))!;
    expect(documentCitation(citation, (page) => `第${page}页：`)).toEqual({ kind: 'document', value: '镇政府通报.pdf', label: '第3页：新修道路投资680万元。' });
    const withoutPage: FindingEvidence = { of: 'source', sourceFile: '镇政府通报.pdf', sourceText: '680万元', sourceSentence: '新修道路投资680万元。', sourceStart: 5, sourceEnd: 11 };
    expect(documentCitation(citationOf(finding('860万元', withoutPage))!, () => 'unused')).toEqual({ kind: 'document', value: '镇政府通报.pdf', label: '新修道路投资680万元。' });
    expect(citationOf(finding('12公里'))).toBeUndefined();
  });
});
