import { describe, expect, it } from 'vitest';
import { htmlDeclaredCharset } from '../../../src/node/htmlDeclaredCharset';
import { htmlToText } from '../../../src/node/htmlToText';
import { MAX_HTML_DEPTH } from '../../../src/node/draftLimits';

describe('htmlToText', () => {
  it('refuses unclosed nesting past the depth limit, however long the page, and imports nesting at the limit', () => {
    const nested = (tag: string, depth: number) => `<html><body>${`<${tag}>字`.repeat(depth)}</body></html>`;
    for (const tag of ['div', 'b', 'span', 'table', 'svg']) {
      expect(() => htmlToText(nested(tag, 200_000))).toThrow(expect.objectContaining({ key: 'importer.htmlTooDeep' }));
    }
    expect(htmlToText(nested('div', MAX_HTML_DEPTH - 2))).toHaveLength(2 * (MAX_HTML_DEPTH - 2) - 1);
    expect(htmlToText(`<body>${'<p>段落</p><div><span>字</span></div>'.repeat(20_000)}</body>`)).toHaveLength(20_000 * 5 - 1);
  });

  it('makes each block element and <br> a paragraph and drops empty ones', () => {
    const html = '<h1>标题</h1><div><p>第一段</p><p></p>第二段<br>第三段</div><ul><li>甲</li><li>乙</li></ul><blockquote>引语</blockquote>';
    expect(htmlToText(html)).toBe('标题\n第一段\n第二段\n第三段\n甲\n乙\n引语');
  });

  it('collapses whitespace as a browser does, joining Chinese wrapped across source lines', () => {
    expect(htmlToText('<p>  冷库\n    建成，\n  farmers   are\n  happy  </p>')).toBe('冷库建成， farmers are happy');
    expect(htmlToText('<p>Cold\nstorage</p>')).toBe('Cold storage');
  });

  it('decodes entities, keeps no-break spaces as spaces, and keeps inline markup text', () => {
    expect(htmlToText('<p>记者&nbsp;&nbsp;林晓 &lt;北坡&gt; &amp; &#x51B7;&#24211; <b>五千</b>吨</p>')).toBe('记者  林晓 <北坡> & 冷库 五千吨');
  });

  it('drops scripts, styles, navigation, the title and hidden elements, and never runs anything', () => {
    const html = `<html><head><title>页面标题</title><style>p{}</style><script>document.write('脚本')</script></head>
      <body onload="alert(1)"><nav>首页 &gt; 新闻</nav><p onclick="alert(2)">正文<img src=x onerror="alert(3)"></p>
      <noscript>请启用脚本</noscript><template><p>模板</p></template><svg><text>图形</text></svg>
      <iframe srcdoc="<p>内嵌</p>"></iframe><p hidden>隐藏</p><button>分享</button></body></html>`;
    expect(htmlToText(html)).toBe('正文');
  });

  it('keeps the body of a page that never closes its head', () => {
    expect(htmlToText('<html><head><title>标题</title><p>正文</p>')).toBe('正文');
  });

  it('puts table cells of one row on one line and keeps <pre> lines as written', () => {
    expect(htmlToText('<table><tr><th>村</th><th>户数</th></tr><tr><td>东坡村</td><td>320</td></tr></table>')).toBe('村 户数\n东坡村 320');
    expect(htmlToText('<pre>第一行  两个空格\n\n第二行</pre>')).toBe('第一行  两个空格\n第二行');
  });
});

describe('htmlDeclaredCharset', () => {
  const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
  it('reads <meta charset> and the http-equiv form, mapping GBK and GB2312 to GB18030', () => {
    expect(htmlDeclaredCharset(bytes('<html><head><meta charset="gbk">'))).toBe('GB18030');
    expect(htmlDeclaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'))).toBe('GB18030');
    expect(htmlDeclaredCharset(bytes("<meta charset='big5'>"))).toBe('Big5');
    expect(htmlDeclaredCharset(bytes('<meta charset=UTF-8>'))).toBe('UTF-8');
  });

  it('ignores charsets the app does not read and pages that declare none', () => {
    expect(htmlDeclaredCharset(bytes('<meta charset="koi8-r">'))).toBeUndefined();
    expect(htmlDeclaredCharset(bytes('<meta name="viewport" content="width=device-width">'))).toBeUndefined();
  });
});
