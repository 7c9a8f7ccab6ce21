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
 * Verbs that take a body as their object (要求|天峰公司, 送到|县人民医院, 发挥|行业协会): reading a name
 * back from its generic ends before them, and the claims checklist lists no unknown place holding one
 * (加强社区). None stood inside a name in five months of news; 改造, 利用, 影响, 新建, 咨询, 深化, 依法,
 * 支援, 资助, 解决, 应对, 进出, 指导 and 督导 did (资源循环利用中心, 中央全面深化改革委员会, 全国学生资助管理中心,
 * 国际商事争议解决中心, 中国进出口银行, 国务院教育督导委员会), so they are not listed. The unknown-village reader does not
 * take them as a boundary (协助|街道 is no street).
 */
export const VERBS_BEFORE_A_NAME = new Set([
  '加强', '深入', '参加', '借助', '发挥', '确认', '坚持', '围绕', '倒逼', '连线', '送到', '增援', '返回', '开办',
  '根据', '对于', '要求', '时任', '现任', '曾任', '担任', '进入', '鼓励', '督促', '依靠', '落实', '完善', '启动',
  '禁止', '规定', '满足', '面对', '针对', '按照', '依据', '通知', '协助', '配合', '考入', '就读', '入住', '住进',
  '转入', '加入', '整个', '找到', '离开', '拨打', '会同', '交给', '交到', '催生', '防范', '考上', '关注', '增设', '提高',
  '强化', '改善', '加快', '需要', '招聘', '扶持', '援建', '办好', '兴办', '创办', '捐建', '聚焦', '推进', '优化', '扩大',
  '建好', '用好', '办起', '维系', '打开', '听到', '住在', '坚守', '摸清', '确保', '做好', '感觉', '取消', '转至', '上报',
  '转向', '高过', '读过', '在读', '率领', '直供', '探访', '夜访', '带领', '激励', '增加', '播放', '焚毁', '出台', '重修', '进驻',
  '送往', '转往', '前来', '赶赴', '奔赴', '走出', '冲进', '闯入', '光靠', '调动', '健全', '引导', '从事', '统称', '简称', '查询', '下沉', '编入', '出席', '巩固', '破解', '放在', '制约',
]);

/**
 * Conjunctions, adverbs and time words that open a clause (因为|学校, 虽然|社区, 如今|食品公司, 尤其是|银行):
 * reading a name back ends before them, and the claims checklist lists no unknown place holding one.
 * None stood inside a name in five months of news; each stood before a generic read as a name there.
 */
export const CLAUSE_OPENERS = new Set([
  '因为', '所以', '如果', '虽然', '但是', '因此', '而且', '为了', '只是', '可是', '只有', '甚至', '随着', '首先', '同样',
  '尤其', '尤其是', '特别是', '一直', '如今', '现在', '当时', '以前', '过去', '后来', '然后', '比如', '例如', '譬如', '诸如', '以下', '只要', '不管', '无论', '即使', '哪怕', '就算', '正如',
]);

/**
 * A word that ends a name read back or marks a run of words as prose: a stop word, a verb taking a
 * body, a clause opener. One set, so each word is hashed and looked up once.
 */
export const PROSE_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...VERBS_BEFORE_A_NAME, ...CLAUSE_OPENERS]);
