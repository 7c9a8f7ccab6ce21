import { describe, expect, it } from 'vitest';
import { pageChrome } from '../../../src/core/chrome/pageChrome';
import { runChecks } from '../../../src/core/checkEngine';

const BODY = '今年春天，村里新修了三条机耕路。\n\n农户们说，下地干活方便多了。';
const chromeTexts = (text: string): string[] => pageChrome(text).map((b) => text.slice(b.start, b.end).trim());

describe('pageChrome', () => {
  it.each([
    ['首页 > 新闻 > 本地', 'breadcrumb'],
    ['当前位置：首页 > 要闻', 'breadcrumb'],
    ['【字体：大 中 小】 【打印】 【关闭窗口】', 'widget'],
    ['2024年3月5日 08:12 来源：县融媒体中心', 'stamp'],
  ])('recognises %s above the article as %s', (line, kind) => {
    const text = `${line}\n\n${BODY}`;
    expect(pageChrome(text)).toEqual([{ start: 0, end: line.length + 2, kind, kinds: [kind] }]);
  });

  it.each([
    ['版权声明：本网站所刊稿件未经授权不得转载。', 'copyright'],
    ['（责任编辑：李明）', 'editor'],
    ['分享到：微信 微博 QQ空间', 'widget'],
    ['扫一扫在手机打开当前页', 'widget'],
    ['版权所有 © 某某日报社', 'copyright'],
  ])('recognises a footer that starts with %s (%s) to the end of the draft', (line, kind) => {
    const text = `${BODY}\n${line}\n如需转载，请致电0931-1234567。`;
    const [block] = pageChrome(text);
    expect(block).toMatchObject({ start: BODY.length, end: text.length, kind });
    expect(block!.kinds[0]).toBe(kind);
  });

  it('finds both ends of one page and keeps the title and byline between them', () => {
    const text = `首页 > 新闻 > 本地\n新路通到家门口\n本报记者 王芳\n${BODY}\n责任编辑：李明\n版权所有 © 某某日报社`;
    expect(chromeTexts(text)).toEqual(['首页 > 新闻 > 本地', '责任编辑：李明\n版权所有 © 某某日报社']);
    expect(pageChrome(text)[1]!.kinds).toEqual(['editor', 'copyright']);
  });

  it.each([
    ['a sentence that mentions copyright', `${BODY}\n\n这批作品的版权所有人表示，欢迎转载。`],
    ['a contact line no notice heads', `${BODY}\n\n如需报名，请致电0931-1234567。`],
    ['a breadcrumb-shaped line inside the body', `${BODY}\n首页 > 新闻 > 本地\n${BODY}\n${BODY}\n${BODY}\n${BODY}\n${BODY}`],
    ['an article about sharing and printing', `${BODY}\n他说，打印、分享这些功能，老人们也慢慢学会了。`],
    ['a headline with spaces', `产业帮扶 打造引擎\n${BODY}`],
  ])('takes no body text for chrome: %s', (_shape, text) => {
    expect(pageChrome(text)).toEqual([]);
  });

  it('leaves page chrome out of the checks when asked, and only then', () => {
    const text = `${BODY}\n版权所有 © 某某日报社,未经授权不得转载`;
    const inChrome = (f: { spans: { start: number }[] }) => f.spans[0]!.start >= BODY.length;
    expect(runChecks(text, { lang: 'zh' }).some(inChrome)).toBe(true);
    expect(runChecks(text, { lang: 'zh', exclude: pageChrome(text) }).some(inChrome)).toBe(false);
  });
});
