import fc from 'fast-check';

/** Pieces of news copy the checks look for: numbers, units, dates, shares, quotes, organisations, punctuation. */
const NEWS_TOKENS = [
  ...'0123456789０１２３４５６７８９',
  '.', '．', '%', '％', '‰', '年', '月', '日', '号', '时', '万元', '亿元', '万', '亿', '千', '百', '元', '吨', '公斤', '亩', '个', '人', '户',
  '占比', '占', '约', '同比增长', '增长了', '下降', '减少', '其中', '共', '合计', '总计', '总投资', '以上', '左右', '多',
  '星期一', '周三', '星期日', '今年', '去年', '明年', '本报讯', '记者', '日电', '电',
  '镇', '乡', '县', '市', '省', '区', '街道', '村', '社区', '公司', '有限公司', '食品有限公司', '集团', '合作社', '委员会', '局',
  '“', '”', '‘', '’', '"', "'", '「', '」', '《', '》', '(', ')', '（', '）', '[', '】', '【',
  '，', ',', '。', '.', '、', '；', ';', '：', ':', '!', '！', '？', '?', '…', '……', '...', '——', '-', '~', '～',
  '\n', '\n\n', '\r\n', '\r', ' ', '\u3000', '\t', '\u00a0', '\u200b', '\ufeff', '\ufffd',
  '的', '的的', '了', '是', '是是', '一', '二', '三', '十', '两', '半', '第', '〇', '零', '壹', '万万',
  'http://example.com/a,b', 'www.example.cn', 'GDP', 'A股', '5G', 'COVID-19',
];

const hanCharacter = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const amount = fc.integer({ min: 0, max: 99_999 });
const percent = fc.oneof(fc.integer({ min: 0, max: 150 }).map(String), fc.double({ min: 0, max: 120, noNaN: true }).map((n) => n.toFixed(2)));
const weekday = fc.constantFrom(...'一二三四五六日天');
const orgStem = fc.string({ unit: hanCharacter, minLength: 2, maxLength: 4 });

/** Sentences shaped like news copy, so the arithmetic, date, consistency and gazetteer checks have something to judge. */
function newsSentence(placeNames: readonly string[]): fc.Arbitrary<string> {
  const place = fc.constantFrom(...placeNames);
  return fc.oneof(
    fc.tuple(place, place).map(([county, town]) => `位于${county}${town}的项目今天开工。`),
    fc.tuple(amount, amount, percent).map(([total, part, share]) => `总投资${total}万元，其中财政资金${part}万元，占比${share}%。`),
    fc.tuple(amount, percent).map(([part, share]) => `企业出资${part}万元,占比${share}%,`),
    fc.tuple(percent, percent, percent).map(([a, b, c]) => `三类产品分别占${a}%、${b}%和${c}%。`),
    fc.tuple(amount, amount, percent).map(([from, to, rate]) => `产量从${from}吨增加到${to}吨，同比增长${rate}%。`),
    fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), weekday).map(
      ([y, m, d, w]) => `${y}年${m}月${d}日（星期${w}），`,
    ),
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([m, d]) => `今年${m}月${d}日建成投用。`),
    fc.tuple(orgStem, hanCharacter).map(([stem, swap]) => `${stem}食品有限公司与${stem.slice(0, -1)}${swap}食品有限公司签约。`),
    fc.tuple(fc.constantFrom(...'张王李刘陈'), orgStem).map(([surname, given]) => `记者${surname}${given.slice(0, 2)}报道，${surname}${given.slice(0, 2)}说：“收成不错”。`),
    fc.tuple(amount, fc.integer({ min: 1, max: 99 })).map(
      ([n, p]) => `收入${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}万元，另有${n}万元，约占百分之${p}，占${p}%。`,
    ),
    fc.constantFrom('就业就业岗位增加了。', '我们的的产品。', '共计三千零五十人，', '约10余万元左右', '一名残废人也来了。'),
  );
}

/** Text weighted toward what the checks parse, with real place names and the odd broken code unit. */
export function newsLikeText(placeNames: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: newsSentence(placeNames), weight: 6 },
    { arbitrary: fc.constantFrom(...NEWS_TOKENS), weight: 10 },
    { arbitrary: fc.constantFrom(...placeNames), weight: 3 },
    { arbitrary: hanCharacter, weight: 5 },
    { arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String), weight: 3 },
    { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(2)), weight: 1 },
    { arbitrary: loneSurrogate, weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  );
  return fc.array(piece, { maxLength: 120, size: 'max' }).map((pieces) => pieces.join(''));
}

/** Any Unicode: whole code points of every plane, and arbitrary UTF-16 code units (lone surrogates included). */
export const arbitraryUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  fc.string({ unit: anyCodeUnit, maxLength: 300, size: 'max' }),
);
