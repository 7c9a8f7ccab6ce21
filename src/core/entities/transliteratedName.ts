/**
 * Characters Chinese uses to write foreign names by sound (Xinhua's transliteration tables draw
 * on a few hundred). Many are also ordinary characters (安, 利, 德), so a run of them alone says
 * little; MARKED are the ones modern prose seldom uses for anything but such names.
 */
const SOUND_WRITING = new Set(
  '阿埃艾安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹德迪蒂丁杜多厄恩法菲费芬佛弗伏福盖甘戈格圭哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾黎里利莉丽列林琳留隆娄卢鲁路伦罗洛马玛迈麦曼梅蒙米密莫默姆穆纳娜乃南内尼妮涅努诺欧帕潘庞培佩彭皮珀普齐奇乔切琼丘萨塞赛桑瑟森沙莎舍什施舒斯丝松苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛欣休亚娅扬耶伊因尤约泽扎詹兹佐祖茨黛尔',
);
const MARKED = new Set('娜莉妮娅蒂莎玛姆茨兹埃黛琳蕾瑟珀詹圭尔斯');

/** Shortest run of sound-writing characters read as a foreign name. */
const SHORTEST_NAME = 3;

/**
 * Whether text[start, end) lies inside a foreign name written by sound (努莉|娜, 卡特|琳娜): a run of at
 * least three sound-writing characters that reaches past the window, with a MARKED character outside
 * it. The window's own characters are no evidence: the one a slip put there may be MARKED (努莉 for 努力).
 */
export function inTransliteratedName(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!SOUND_WRITING.has(text[k]!)) return false;
  let from = start;
  while (from > 0 && SOUND_WRITING.has(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && SOUND_WRITING.has(text[to]!)) to++;
  if (to - from < SHORTEST_NAME) return false;
  for (let k = from; k < to; k++) if ((k < start || k >= end) && MARKED.has(text[k]!)) return true;
  return false;
}
