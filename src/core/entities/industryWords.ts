/**
 * Words of trade that stand between a company's own name and its legal suffix
 * (薯味佳|食品|有限公司); set aside so 天津薯味佳食品有限公司 and 薯味佳公司 compare as one name.
 */
export const INDUSTRY_WORDS = [
  '食品', '科技', '农业', '发展', '实业', '贸易', '商贸', '投资', '建设', '建筑', '工程', '电子', '文化', '传媒',
  '医药', '制药', '药业', '生物', '能源', '新能源', '环保', '网络', '信息', '技术', '物流', '餐饮', '服饰', '机械',
  '化工', '房地产', '开发', '置业', '旅游', '教育', '咨询', '管理', '服务', '农产品', '种植', '养殖', '专业', '农民',
  '中药材', '控股', '国际', '智能', '数字', '产业', '加工', '销售', '供应链', '电力', '汽车', '乳业', '酒业', '茶业',
  '粮油', '果业', '牧业', '畜牧', '水产', '劳务', '人力资源', '资源', '矿业', '有限', '股份', '责任', '集团', '商务', '材料', '设备',
];

/** Longest first, so 新能源 is removed whole before 能源. */
export const INDUSTRY_WORDS_LONGEST_FIRST = [...INDUSTRY_WORDS].sort((a, b) => b.length - a.length);
