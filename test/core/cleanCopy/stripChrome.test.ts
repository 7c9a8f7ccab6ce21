import { describe, expect, it } from 'vitest';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';

const ONLY_CHROME = { stripChrome: true, applySuggestions: false, punctuation: false, whitespace: false };
const strip = (text: string): string => cleanCopy(text, ONLY_CHROME).text;

const BODY = '今年春天，村里新修了三条机耕路。\n\n农户们说，下地干活方便多了。';

describe('stripChrome', () => {
  it.each([
    ['当前位置：首页 > 要闻 > 本地', 'label'],
    ['您当前的位置 : 某某网 \u00a0>\u00a0 本省 \u00a0>\u00a0 经济', 'label with no-break spaces'],
    ['首页 >> 新闻中心', 'home and >>'],
    ['本地新闻 > 民生 > 正文', 'three short segments'],
  ])('removes a breadcrumb at the start (%s, %s)', (line) => {
    expect(strip(`${line}\n\n${BODY}`)).toBe(BODY);
  });

  it('removes a date-and-source stamp below the title but keeps the title and byline', () => {
    const text = `新路通到家门口\n\n2024年3月5日 08:12 来源：县融媒体中心\n\n本报记者 王芳\n\n${BODY}`;
    expect(strip(text)).toBe(`新路通到家门口\n\n本报记者 王芳\n\n${BODY}`);
  });

  it('removes share, print and font widgets around the article', () => {
    const text = `【字体：大 中 小】 【打印】 【关闭窗口】\n${BODY}\n分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页`;
    expect(strip(text)).toBe(BODY);
  });

  it('removes a trailing block of notice, contact and organisation lines headed by 版权声明', () => {
    const text = `${BODY}\n\n版权声明\n\n本站稿件版权归本中心所有，转载须经授权。\n\n如需使用，请致电010-12345678。\n\n某某市融媒体中心\n`;
    expect(strip(text)).toBe(`${BODY}\n`);
  });

  it('removes a one-line notice that starts with 版权声明： and the lines after it', () => {
    const text = `${BODY}\n版权声明：本网站所刊稿件未经授权不得转载。\n（责任编辑：李明）`;
    expect(strip(text)).toBe(BODY);
  });

  it('removes an editor footer and copyright line', () => {
    expect(strip(`${BODY}\n（责任编辑：李明）\n版权所有 © 某某日报社`)).toBe(BODY);
  });

  it('keeps a body paragraph that mentions 版权 in the middle of the article', () => {
    const text = `${BODY}\n\n他说，保护版权、未经授权不得转载是基本规矩。\n\n会议最后通过了决议。`;
    expect(strip(text)).toBe(text);
  });

  it('keeps contact and organisation lines that no notice heads', () => {
    const text = `${BODY}\n\n如需报名，请致电0931-1234567。\n\n某某县文化中心`;
    expect(strip(text)).toBe(text);
  });

  it('keeps a last paragraph that merely talks about copyright', () => {
    const text = `${BODY}\n\n这批作品的版权所有人表示，欢迎转载。`;
    expect(strip(text)).toBe(text);
  });

  it('never strips a breadcrumb-like line inside the body', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `第${i + 1}段，内容照常。`);
    lines.splice(9, 0, '首页 > 新闻 > 本地');
    const text = lines.join('\n');
    expect(strip(text)).toBe(text);
  });
});
