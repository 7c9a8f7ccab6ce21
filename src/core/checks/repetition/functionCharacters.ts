/**
 * Function characters that never reduplicate as AA in standard prose (的的, 了了, 在在 are typos),
 * each with the characters that can legitimately bring two of them together across a word
 * boundary: `before` — X such that X+A is a word (目的|的, 现在|在, 为了|了解, 没完没了|了);
 * `after` — Y such that A, used on its own, can be followed by the word A+Y (在|在建项目,
 * 就|就业问题, 是|是否, classical 知之|之谓), names too (的|的黎波里, 乌仁其|其格); 已|已经 is not such a seam, since 已 cannot precede 已经.
 * Left out on purpose: 等 (等等), 比 (比比, 比比皆是), 让 (让让), 对 (对对, 对对联),
 * 还 (还还钱), 于 and 向 (common surnames: 关于于某, 向向某致敬).
 */
export const FUNCTION_CHARACTERS: Readonly<Record<string, { before: string; after: string }>> = {
  的: { before: '目打标', after: '确士哥姐黎' },
  了: { before: '不得为除明罢算完终没', after: '解结却然如无断之事悟当得不望' },
  是: { before: '但可还于就总凡要若真老硬正只即便或像倒算自不而更实乃亦尤唯惟光求', after: '非否' },
  在: {
    before: '现实存正所自好内外潜健志意重贵难妙旨不无何胜',
    after: '于乎场职校线建内外意望世座册押逃岗读编研役任售运营案库华京沪港澳台美',
  },
  和: {
    before: '温平缓柔调饱共谦祥随附暖总混融人讲议求应中掺搀',
    after: '平谐睦气蔼解煦约美顺声弦田面善亲',
  },
  与: { before: '参给赋授予施寄付', after: '会' },
  及: { before: '以涉波危普顾遍企论提不所触惠殃累推溯', after: '时早格第' },
  把: { before: '一火拖车刀门扶扳话掌', after: '握关手持戏柄控脉守玩式门' },
  被: { before: '棉盖', after: '子告动迫褥害单窝选' },
  为: {
    before: '因作认成行以称无较最更极难广大有视改变转分列定评选誉名化身尤甚颇实互引封奉译沦',
    after: '',
  },
  从: { before: '服随顺无自何跟盲侍仆听', after: '事业军政' },
  将: {
    before: '即大武猛名老干主悍良战上中少天麻小球宿健女虎爱',
    after: '军领士',
  },
  也: { before: '', after: '' },
  都: { before: '首成古京大全国建定故旧帝陪迁东西南北', after: '' },
  就: {
    before: '成造迁将早也俯依去高屈',
    after: '业读医诊餐位绪职任地近范座寝义学算',
  },
  而: { before: '因从然进继反故幸偶时既转甚', after: '' },
  并: { before: '合兼吞归一', after: '列购存发行重举入肩' },
  其: { before: '尤极与何及若因', after: '格' },
  之: { before: '总换加而久反随', after: '谓' },
  所: {
    before: '场住厕诊处究哨会寓出务易待儿无有一各该本全此律',
    after: '长在',
  },
  已: { before: '而业不早', after: '' },
  以: {
    before: '可所足难加予得借用据赖何是无藉给',
    // 以|以危险方法危害公共安全罪: the name of a crime starts with 以.
    after: '上下前往危',
  },
  由: { before: '自理缘事来经因', after: '' },
  给: { before: '', after: '予' },
};
