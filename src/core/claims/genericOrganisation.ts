import { ownPartWithTrade } from '../entities/extractOrganisations';
import type { Mention } from '../entities/mention';
import { isRunOf } from './runOfWords';

/**
 * Words that say which kind of body, or which of them, without naming one: 方舱医院, 手机银行,
 * 数据中心, 当地医院, 行业协会. Said with no region before them they are common nouns, and a
 * checklist row for each would cost the checker a look at nothing checkable. By the class of the
 * generic ending (extractOrganisations); ANY_CLASS for every class.
 */
const ANY_CLASS = [
  '当地', '本地', '外地', '境外', '国外', '海外', '外国', '国内', '各地', '各级', '基层', '地方', '上级', '下属',
  '所属', '附属', '有关', '相关', '涉事', '涉案', '知名', '著名', '大型', '小型', '中小', '中小型', '大中型',
  '龙头', '头部', '专业', '专门', '正规', '主要', '其他', '部分', '大部分', '各大', '周边', '附近', '原先', '原来',
  '现有', '各类', '各种', '辖内', '县级', '市级', '省级', '区级', '乡级', '村级',
];
const BY_CLASS: Record<string, string[]> = {
  hospital: [
    '方舱', '定点', '综合', '专科', '公立', '私立', '三甲', '二甲', '乡镇', '社区', '县级', '市级', '省级', '传染病', '妇幼', '儿童', '中医',
    '中心', '人民', '收治', '救治', '隔离', '指定', '康复', '肿瘤', '肿瘤专科', '精神病', '定点救治',
  ],
  bank: ['商业', '手机', '网上', '政策性', '股份制', '城商', '农商', '村镇', '外资', '中资', '中央', '开发性', '储蓄'],
  centre: [
    '数据', '融媒体', '疾控', '会展', '活动', '培训', '研发', '购物', '急救', '指挥', '调度', '交易', '孵化', '检测',
    '创新', '体育', '医疗', '救助', '政务', '便民', '党群', '运营', '客服', '呼叫', '配送', '仓储', '会议', '新闻',
    '媒体', '监测', '应急', '灾备', '计算', '研究', '展示', '体验', '游客', '综合', '城市', '养老', '托育', '康复',
    '隔离', '分拣', '转运', '新时代文明实践', '文明实践', '国际', '金融', '航运', '贸易', '科创', '物流',
    '安宁疗护', '诊疗', '癌症诊疗', '区域', '区域性', '服务', '诉讼服务', '便民服务', '卫生服务', '政务服务', '工作', '理论学习',
    '大数据', '综治', '公共法律服务', '法律服务', '优质', '党建', '游客接待', '接待',
  ],
  school: ['中', '小', '职业', '重点', '普通', '民办', '公办', '寄宿', '乡村', '农村', '高职', '技工', '特殊教育', '村级', '县级', '优质', '高等', '中职', '寄宿制', '县城', '贫困'],
  university: ['名牌', '一流', '重点', '综合性', '老年'],
  college: ['职业', '高职', '独立'],
  association: ['行业', '民间', '学术', '群众'],
  committee: ['常务', '村民', '居民', '业主', '工作', '人民调解', '调解'],
  government: ['乡镇', '县级', '市级', '省级', '区级'],
  company: [
    '影视', '船运', '航运', '勘探', '清运', '外卖', '网约车', '保洁', '安保', '家政', '装修', '电商', '互联网', '游戏', '出租车',
    '运输', '客运', '货运', '航空', '石油', '钢铁', '煤炭', '电信', '通信', '高科技', '平台', '交易平台', '承包', '施工', '代理',
    '运营', '外包', '派遣', '劳务派遣', '广告', '出版', '演艺', '娱乐', '软件', '芯片', '半导体', '证券', '租车', '基金', '信托',
    '保险', '人身保险', '财产保险', '担保', '政策性', '供水', '供电', '供气', '燃气', '船舶', '船务', '物流', '快递', '跨国', '大跨国', '商业',
  ],
};
const KINDS = new Map(Object.entries(BY_CLASS).map(([category, words]) => [category, new Set([...ANY_CLASS, ...words])]));
const ANY = new Set(ANY_CLASS);
/** Kinds of company that stay kinds with a region before them (天津上市公司, 该集团子公司). */
const KIND_OF_COMPANY = new Set([
  '上市', '民营', '国有', '私营', '外资', '合资', '独资', '关联', '跨国', '中介', '物业', '快递', '保险', '子', '分', '母', '总', '科技型', '创新型',
  '外向型',
]);
/** What a place is a centre of (缅甸|经济中心, 上海|国际金融中心): a role, not a body, with a region before it or not. */
const HUB = new Set(['经济', '金融', '国际金融', '贸易', '国际贸易', '航运', '国际航运', '科创', '科技创新', '政治', '负荷', '用电负荷']);
/** A hall, not a provincial department (展厅, 咖啡厅, 营业厅): 厅 is a department's generic only after a department's name. */
const HALL = /(?:展|咖啡|餐|客|歌|舞|门|前|宴会|放映|营业|候车|候机|办事|会议|报告|多功能|茶)厅$/;

/**
 * 局 read as a part of another word (局面, 局部, 局势, 格局, 饭局) or as a game's round or a state of play
 * (开局, 新局, 变局, 首局, 输掉一局, 第二局), not as a bureau: 中建一局 keeps its numeral, which no verb precedes,
 * and 文广新局, 国家安全局, 民政局 and 财政局 are bureaus.
 */
const NOT_A_BUREAU_AFTER = /^[面部势限]/;
const NOT_A_BUREAU = /(?:[开首终残平败胜僵出破定困变大格布结骗赌饭牌棋时危]|(?<![广创])新|(?<!安)全|(?<![民财邮行家])政|约酒|[第输赢胜负打下拿丢扳先后掉][一二两三四五六七八九十\d]+)局$/;

/** Whether the organisation mention is a common noun or another word's part, not the name of one body. */
export function genericOrganisation(text: string, m: Mention): boolean {
  // 爱丁堡市|中心, 城市副中心: the middle of a city, not a body.
  if (/(?:市|副)中心$/.test(m.text)) return true;
  if (m.text.endsWith('局') && (NOT_A_BUREAU_AFTER.test(text.slice(m.end, m.end + 1)) || NOT_A_BUREAU.test(m.text))) return true;
  // The form leaves trade words out (高科技公司 is compared as 高, 金融服务中心 as 金融); kinds are read with them.
  const own = ownPartWithTrade(text, m);
  if (KIND_OF_COMPANY.has(m.form.text) || HALL.test(m.text) || (m.category === 'centre' && isRunOf(own, HUB))) return true;
  // 涧口中心|村: a village's centre, 中心村, not a body called a centre.
  if (m.text.endsWith('中心') && text[m.end] === '村') return true;
  // 国家中心|工作: a central task. With a region it is where someone works (在天门市疾控中心|工作).
  if (m.text.endsWith('中心') && m.form.start === m.start && /^(?:工作(?!人员|者|站|室|组|队)|任务|环节)/.test(text.slice(m.end, m.end + 4))) return true;
  // 在游泳中学|会游泳, 过程中学|到: 中 ends a phrase and 学 is the verb.
  if (m.text.endsWith('中学') && /^[会到习着了懂得]/.test(text.slice(m.end, m.end + 1))) return true;
  // A region before a kind makes it one body (武汉方舱医院 is Wuhan's), but not before which or how many (上海各大医院, 中国相关医院).
  if (m.form.start > m.start) return isRunOf(m.form.text, ANY);
  const kinds = KINDS.get(m.category) ?? ANY;
  return isRunOf(m.form.text, kinds) || isRunOf(own, kinds);
}
