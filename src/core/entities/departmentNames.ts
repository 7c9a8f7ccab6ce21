/**
 * Standard names of government departments at county, city and province level after the
 * 2018–2019 institutional reform (the State Council's and provinces' published organ lists),
 * compiled by the team, with the older names still in use that year. A name written with its
 * components swapped (健康卫生局) or one character read alike (卫生建康局) is one of these mistyped.
 */
const COMPONENT_NAMES = [
  '发展和改革', '发展改革', '教育', '教育体育', '科学技术', '科技', '工业和信息化', '工业信息化', '经济和信息化', '公安', '民政', '司法',
  '财政', '人力资源和社会保障', '人力资源社会保障', '自然资源', '自然资源和规划', '生态环境', '住房和城乡建设', '住房城乡建设',
  '交通运输', '水利', '水务', '农业农村', '商务', '文化和旅游', '文化广电和旅游', '文化广电旅游', '文化旅游', '文化体育和旅游',
  '卫生健康', '退役军人事务', '应急管理', '审计', '市场监督管理', '统计', '医疗保障', '林业', '林业和草原', '体育', '信访',
  '城市管理', '城市管理综合执法', '行政审批', '行政审批服务', '乡村振兴', '国有资产监督管理', '地方金融监督管理', '机关事务管理',
  '粮食和物资储备', '人民防空', '数据', '大数据', '政务服务管理', '税务', '气象', '档案', '生态环境保护综合执法',
  '环境保护', '国土资源', '卫生和计划生育', '卫生计生', '农业', '文化', '新闻出版广电', '文化广电新闻出版', '安全生产监督管理',
  '食品药品监督管理', '工商行政管理', '质量技术监督', '扶贫开发', '扶贫',
];
/** Bodies as the news writes them short (城管局, 房管局, 人社局): standard too, and what a slip in a short name is read against. */
const ABBREVIATED_NAMES = [
  '发改', '工信', '人社', '住建', '卫健', '城管', '房管', '安监', '市监', '质监', '药监', '环保', '国土', '工商',
  '文广', '文旅', '地震', '规划', '城建', '农机', '畜牧', '医保', '应急', '教体', '国资', '金融', '机关事务', '公积金',
];
const SUFFIXES = ['局', '厅', '委员会', '委'];

/** A department name's body and suffix (卫生健康|局), if it ends in a department suffix. */
export function splitDepartment(name: string): { body: string; suffix: string } | undefined {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? { body: name.slice(0, -suffix.length), suffix } : undefined;
}

/** Listed bodies (卫生健康, 交通运输): a written body is checked against these. */
export const DEPARTMENT_BODIES: ReadonlySet<string> = new Set([...COMPONENT_NAMES, ...ABBREVIATED_NAMES]);

/** The listed short names (城管, 房管): a slip in one is told as such, not as a name the reform changed. */
export const ABBREVIATED_BODIES: ReadonlySet<string> = new Set(ABBREVIATED_NAMES);

/**
 * Two-character components of the listed bodies (交通, 运输, 卫生, 健康): a 局 or 厅 after one ends a
 * department even where the dictionary reads one word (交通局), and in whichever order the components were written.
 */
export const DEPARTMENT_COMPONENTS: ReadonlySet<string> = new Set(
  [...COMPONENT_NAMES, ...ABBREVIATED_NAMES].flatMap((name) => Array.from({ length: name.length - 1 }, (_, i) => name.slice(i, i + 2))),
);

/** Listed bodies joined by 和 (发展和改革, 人力资源和社会保障), longest first: 和 inside one joins, it does not end the name. */
export const BODIES_JOINED_BY_AND: readonly string[] = COMPONENT_NAMES.filter((name) => name.includes('和')).sort((a, b) => b.length - a.length);
