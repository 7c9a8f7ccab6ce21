/** Titles and roles written straight before a person's name (执行董事李应发, 副主任医师易丽萍); never part of a name. Longest first. */
export const TITLES = [
  '执行董事', '董事长', '总经理', '副总经理', '经理', '副主任医师', '主任医师', '主治医师', '医师', '医生', '护士长', '教授',
  '副教授', '研究员', '副研究员', '工程师', '高级工程师', '院长', '副院长', '校长', '副校长', '局长', '副局长', '书记',
  '党委书记', '县长', '副县长', '市长', '副市长', '镇长', '乡长', '村长', '区长', '主任', '副主任', '主席', '副主席',
  '调研员', '四级调研员', '负责人', '队长', '站长', '所长', '科长', '处长', '厅长', '部长', '社长', '理事长', '会长',
  '秘书长', '技术员', '村民', '农民', '老师', '教师', '律师', '法官', '警官', '民警', '代表', '委员', '创始人', '董事',
  '厂长', '总监', '专家', '志愿者', '党支部书记', '村党支部书记', '第一书记', '驻村干部',
  // Offices of state and public life, as political and international news writes them.
  '总书记', '总理', '副总理', '国务委员', '常委', '外长', '发言人', '大使', '总统', '副总统', '首相', '省长', '副省长',
  '州长', '总裁', '副总裁', '行长', '副行长', '署长', '司令员', '政委', '参谋长', '院士', '检察长', '审判长', '庭长',
  '村支书', '支书', '团长', '馆长', '台长', '总编辑', '主编', '导演', '作家', '演员', '运动员', '教练', '主教练', '选手',
  // Callings in arts, science and business, written before a name as a title is (艺术家阎肃, 科学家钱学森).
  '艺术家', '科学家', '画家', '音乐家', '书法家', '歌唱家', '舞蹈家', '作曲家', '钢琴家', '摄影家', '文学家', '翻译家',
  '雕塑家', '评论家', '收藏家', '企业家', '教育家', '经济学家', '历史学家',
].sort((a, b) => b.length - a.length);

/** Common words that begin with a generic's character: where one stands there is no place generic (实施|乡村振兴, 贾家庄|乡风文明). */
const COMMON_WORDS = words(
  '乡村 乡镇 乡亲 乡土 乡愁 乡贤 乡音 乡风 乡情 乡邻 乡间 乡下 乡野 乡俗 乡味 乡宴 乡里乡亲 村庄 村落 村寨 村镇 村貌 村容 村规民约',
);

function words(list: string): { set: Set<string>; longest: number } {
  const set = new Set(list.split(' '));
  return { set, longest: Math.max(...[...set].map((w) => w.length)) };
}

function startsOneOf(text: string, at: number, list: { set: Set<string>; longest: number }): boolean {
  for (let len = list.longest; len >= 2; len--) if (list.set.has(text.slice(at, at + len))) return true;
  return false;
}

/** Whether the generic at `at` in `text` is really the start of a common word (实施|乡村振兴, 贾家庄|乡风文明). */
export function genericStartsWord(text: string, at: number): boolean {
  return startsOneOf(text, at, COMMON_WORDS);
}
