import { describe, expect, it } from 'vitest';
import type { CheckContext, RawFinding } from '../../../../src/core/checks/check';
import { withoutDraftAbbreviations } from '../../../../src/core/checks/typo/draftAbbreviations';
import { typoCheck } from '../../../../src/core/checks/typo/typoCheck';

/** A confusion finding on text[start, end) (or another rule's). */
function finding(text: string, form: string, rule = 'typo.confusable'): RawFinding {
  const start = text.indexOf(form);
  return { rule, severity: 'warning', message: form, spans: [{ start, end: start + form.length }], suggestion: { replacement: `${form[0]}为` } };
}

describe('short names of bodies the draft names in full', () => {
  it('takes a window spelt from a full name the draft writes, its last character in the ending, as the short name', () => {
    const text = '全省质量技术认证协调委员会于今年成立。凡申报的企业，须先取得质认委的批准。';
    expect(withoutDraftAbbreviations([finding(text, '认委')], text)).toEqual([]);
  });

  it('is how the typo check reads its findings once the whole draft is in', () => {
    const text = '全省质量技术认证协调委员会于今年成立。凡申报的企业，须先取得质认委的批准。';
    expect(typoCheck.inDraft!([finding(text, '认委')], { text } as CheckContext)).toEqual([]);
  });

  it('keeps the finding where the draft writes no such full name', () => {
    const text = '凡申报的企业，须先取得质认委的批准。我们认委这样做不妥。';
    expect(withoutDraftAbbreviations([finding(text, '认委')], text)).toHaveLength(1);
  });

  it('keeps it where the last character is not the ending’s, where the window stands whole in the name, and for other rules', () => {
    const text = '市委托认证研究所承办此事。后来认委托的事也办了。';
    // 委 of 委托 stands before the ending 研究所: no short name ends there.
    expect(withoutDraftAbbreviations([finding(text, '认委')], text)).toHaveLength(1);
    const whole = '全省质量技术认证协调委员会于今年成立。协调委员的名单已公布。';
    expect(withoutDraftAbbreviations([finding(whole, '调委')], whole)).toHaveLength(1);
    const listed = '全省质量技术认证协调委员会于今年成立。取得质认委的批准。';
    expect(withoutDraftAbbreviations([finding(listed, '认委', 'typo.listed')], listed)).toHaveLength(1);
  });
});
