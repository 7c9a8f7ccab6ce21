import { describe, expect, it } from 'vitest';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';

const tidy = (text: string): string => cleanCopy(text, { stripChrome: false, applySuggestions: false, punctuation: false, whitespace: true }).text;

describe('whitespace', () => {
  it('removes ideographic and ASCII indents and trailing spaces', () => {
    expect(tidy('\u3000\u3000第一段。  \n  第二段。\u3000')).toBe('第一段。\n第二段。');
  });

  it('removes stray spaces between Chinese characters in prose', () => {
    expect(tidy('村里 新修了三条路， 大家 都很高兴。')).toBe('村里新修了三条路，大家都很高兴。');
  });

  it('keeps spaces between Latin words, numbers and units, and Chinese and Latin', () => {
    const text = '使用 CRRT 治疗，体重 5 kg，New York 的记者也来了。';
    expect(tidy(text)).toBe(text);
  });

  it('keeps the separating spaces of headlines and bylines', () => {
    const text = '产业帮扶 打造发展引擎\n本报记者 王芳 通讯员 李强\n正文第一句。';
    expect(tidy(text)).toBe(text);
  });

  it('collapses runs of blank lines to one and drops leading ones', () => {
    expect(tidy('\n\n甲。\n\n\n  \n乙。\n丙。\n\n\n')).toBe('甲。\n\n乙。\n丙。\n');
  });

  it('empties a text of whitespace only', () => {
    expect(tidy(' \n\u3000\n')).toBe('');
  });
});
