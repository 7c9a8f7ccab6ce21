export const arithmetic = {
  'arithmetic.share': '占比{stated}与数字不符：{formula} = {recomputed}（按所给数字的取舍，应在{low}至{high}之间）。请核对部分、总数和占比。',
  'arithmetic.impliedTotal': '{share}未给出总数：按{part}推算，总数≈{rounded}（{total}；考虑{share}的四舍五入，应在{low}至{high}之间）。请向来源核实总数。',
  'arithmetic.partExceedsWhole': '“其中”的部分{stated}大于整体：{formula} = {recomputed}。部分不能超过整体，请核对两个数字。',
  'arithmetic.sum': '分项相加与合计不符：{formula} = {recomputed}，稿件写作{stated}。请核对各分项和合计。',
  'arithmetic.changeRate': '增减幅度{stated}与前后数值不符：{formula} = {recomputed}。请核对幅度或两个数值。',
  'arithmetic.percentagePoint': '两个百分比之间的变化应写作“百分点”：{formula}，相差{points}个百分点，相对变化为{recomputed}，而稿件写作{stated}。',
  'arithmetic.multiple': '倍数{stated}与数值不符：{formula} = {recomputed}。请核对倍数或两个数值。',
  'arithmetic.sharesOver100': '同一总体的各项占比相加为{recomputed}，超过100%：{formula}。请核对各项占比。',
  'arithmetic.sharesUnder100': '各项占比已含“其他”，应合计100%，但相加只有{recomputed}：{formula}。请核对各项占比。',
  'arithmetic.restated': '同一数字前后写法不一：{formula}。请核对以哪个为准。',
} as const;
