/**
 * Words that end a name when reading backwards from its suffix: function words and the verbs
 * that introduce a named place or body (引进的天津…公司, 授予甘肃…中心, 走进会宁县…).
 */
export const STOP_WORDS = new Set([
  '的', '了', '在', '和', '与', '及', '跟', '同', '是', '为', '将', '把', '被', '由', '向', '对', '从', '到',
  '等', '也', '都', '已', '其', '各', '该', '这', '那', '此', '每', '并', '而', '或', '让', '给', '使', '于',
  '赴', '去', '往', '经', '据', '有', '个', '全', '本', '即', '就', '又', '还', '再', '很', '更', '最', '共',
  '位于', '走进', '来到', '进行', '授予', '引进', '通过', '推动', '参与', '成立', '组建', '注册', '设立', '来自',
  '前往', '联合', '携手', '依托', '落户', '入驻', '签约', '举办', '承办', '主办', '支持', '帮助', '带动', '包括',
  '以及', '还有', '作为', '成为', '属于', '隶属', '委托', '邀请', '组织', '联系', '牵头', '协调', '未经', '经过',
  '记者', '采访', '报道', '获悉', '了解', '介绍', '表示', '指出', '认为', '告诉', '发布', '显示', '据悉', '同时',
  '目前', '今年', '去年', '近年', '近日', '日前', '此外', '其中', '已经', '正在', '共同', '分别', '积极', '持续',
  '推荐', '推进', '加强', '打造', '建成', '建立', '形成', '实现', '开展', '提供', '提升', '促进', '吸引', '位在',
  '参加', '走访', '考察', '深入', '覆盖', '毗邻', '紧邻', '途经', '回到', '赶到', '抵达', '距离', '地处',
  '关于', '由于', '除了', '高于', '低于', '近期', '得到', '防止',
  // Which or how many (上述银行, 不少学校, 个别医院), and the hereinafter of a legal text (下称海天公司).
  '上述', '不同', '不少', '个别', '所有', '其他', '其它', '有些', '许多', '很多', '大多', '少数', '多数', '下称',
  // Negations and adverbs that open a predicate (不是银行, 不能担任上市公司, 多次催促装修公司, 专程送到华东医院).
  '不是', '不仅', '不能', '多次', '专程', '一同',
]);

/** Single characters that never stand inside a place or organisation name we would trust. */
export const STOP_CHARS = new Set([...STOP_WORDS].filter((w) => w.length === 1));

/**
 * Verbs that take a body as their object (要求|天峰公司, 送到|县人民医院, 发挥|行业协会): reading a
 * name back from its generic ends before them. None stood inside a name in five months of news
 * (改造, 利用, 影响, 新建 and 咨询 do: 资源循环利用中心, 中国新建集团, so they are not listed). Only
 * the scan back from a generic reads them; as the start of an unknown village's name they are
 * not a boundary (协助|街道 is no street).
 */
export const VERBS_BEFORE_A_NAME = new Set([
  '加强', '深入', '参加', '借助', '发挥', '确认', '坚持', '围绕', '倒逼', '连线', '送到', '增援', '返回', '开办',
  '根据', '对于', '要求', '时任', '现任', '曾任', '担任', '进入', '鼓励', '督促', '依靠', '落实', '完善', '启动',
  '禁止', '规定', '满足', '面对', '针对', '按照', '依据', '通知', '协助', '配合', '考入', '就读', '入住', '住进',
  '转入', '加入', '整个', '找到', '离开', '拨打', '会同',
]);
