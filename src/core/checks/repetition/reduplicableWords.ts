/**
 * Two-character words that reduplicate as ABAB legitimately: tentative verbs (研究研究,
 * 商量商量) and intensive adjectives (雪白雪白, 高兴高兴). Not a closed class, so doubled
 * two-character words are also left alone inside quotations, where such speech lives.
 */
export const REDUPLICABLE_WORDS: ReadonlySet<string> = new Set(
  (
    '研究 讨论 商量 考虑 学习 休息 活动 锻炼 打扫 收拾 介绍 比较 检查 准备 整理 练习 请教 交流 沟通 ' +
    '走动 放松 调整 了解 认识 打听 观察 体验 尝试 试验 思考 琢磨 合计 盘算 溜达 参观 参谋 欣赏 感受 ' +
    '享受 体会 回忆 回味 分析 研讨 探讨 总结 梳理 清理 打理 修理 整顿 规划 计划 安排 布置 熟悉 适应 ' +
    '运动 热闹 高兴 快活 痛快 凉快 暖和 轻松 舒服 舒坦 乐呵 开心 表扬 批评 教育 帮助 照顾 关心 关照 ' +
    '提醒 指点 指导 辅导 表现 展示 打扮 装扮 修饰 清洗 擦拭 摸索 打量 端详 比划 比画 掂量 斟酌 权衡 ' +
    '估量 核实 核对 验证 确认 询问 咨询 联系 联络 协调 磨合 切磋 交谈 商议 议论 评论 评价 评估 鼓励 ' +
    '激励 安慰 劝说 说服 开导 启发 提高 改进 改善 完善 充实 丰富 美化 考察 调查 调研 走访 拜访 看望 ' +
    '探望 慰问 问候 招呼 应付 对付 凑合 将就 糊弄 折腾 捣鼓 鼓捣 倒腾 拾掇 归置 张罗 操持 料理 打点 ' +
    '疏通 活络 滋润 保养 调养 补充 消化 收敛 反省 反思 检讨 整治 清点 盘点 核算 计算 统计 测量 比试 ' +
    '较量 表示 表态 发挥 施展 尝尝 热乎 亲热 亲近 随和 明白 清醒 冷静 暖暖 雪白 通红 冰凉 笔直 漆黑 ' +
    '碧绿 蜡黄 滚烫 火热 喷香 粉嫩 透亮 锃亮 湛蓝 嫩绿 金黄 血红 乌黑 瓦蓝 崭新 哗啦 扑通 叮当 滴答 ' +
    '轰隆 咕噜 呼啦 噼啪 嘀嗒 吧嗒 咯噔 扑腾 呼哧 哐当 嘀咕 恭喜'
  ).split(' '),
);

/** ABAB adjectives of colour or sensation (雪白雪白, 冰凉冰凉) end in one of these. */
export const QUALITY_CHARACTERS = '白红黑绿蓝黄紫青灰亮凉热烫香直硬软嫩甜苦酸';

/** Sound words repeat freely (哗啦哗啦, 咚咚咚咚); a word holding one of these is never judged. */
export const ONOMATOPOEIA_CHARACTERS = '哗啦呼噜咕咚叮当滴答嗒轰隆扑通噼啪哐啷嘀咯噔吱嘎嗡哼哈嘻呵嘿呜哇嗖砰嘭咔嚓喳叽哒哔哩';

/**
 * Two-character words that never reduplicate — pronouns, conjunctions, prepositions, adverbs,
 * time words — so a doubling is a slip even in quoted speech. Words ending in 们 count too.
 */
export const NEVER_REDUPLICATED: ReadonlySet<string> = new Set(
  (
    '自己 大家 这个 那个 这些 那些 这里 那里 这样 那样 这种 那种 因为 所以 但是 而且 如果 虽然 然后 ' +
    '已经 正在 可以 应该 能够 通过 关于 对于 由于 以及 并且 或者 目前 今年 去年 明年 同时 其中 我国 ' +
    '不仅 以来 之后 之前 以后 以前 进行 记者 这是 那是 的是'
  ).split(' '),
);

/** Numerals: 一个一个、一步一步 distribute, they do not repeat by mistake. */
export const NUMERAL_CHARACTERS = '一二三四五六七八九十百千万两几半每〇零';

/**
 * After a doubled word, a character that often begins a longer word with it: 发展|发展中国家,
 * 大学|大学生. The doubling there may be the seam of two words, so it is not judged.
 */
export const SUFFIX_CHARACTERS = '生者家员所室中性化型式界率院馆站局部厅处科组队区市县省镇村乡街路厂店园场业费品会长力项';

/** Modal particles ending spoken phrases: a phrase ending in one is insisted on, not mistyped (吃饭吧吃饭吧). */
export const SPOKEN_PARTICLES = '吧呀啊嘛呢哇啦哟';

/** Characters of transliterated foreign names (玛塔玛塔, 巴拉巴拉): a name made of them may repeat a syllable pair. */
const TRANSLITERATION = new Set('阿埃艾奥欧乌巴贝比波布达德迪多杜法菲弗福加格戈古哈赫霍基吉杰卡凯科克库拉莱勒里利罗洛卢鲁马迈梅米莫穆纳内尼诺努帕佩皮普萨塞桑森斯索苏塔泰特提托图瓦韦维沃西希谢亚耶伊尤扎泽兹佐玛蒂');

export function isTransliteration(word: string): boolean {
  for (const ch of word) if (!TRANSLITERATION.has(ch)) return false;
  return true;
}
