/**
 * The built-in style list, in the style-file format so it is read by the same parser as a
 * newsroom's own. Compiled by the Jiaokan team from commonly cited public guidance; each entry is
 * our own wording of a rule, and its note names the source:
 * - 新华社《新华社新闻信息报道中的禁用词和慎用词》(2016 revision): terms for people with
 *   disabilities, abbreviated ethnic names, the names of the two Koreas, pre-verdict wording.
 * - 《中华人民共和国民法典》第六十一条: the legal term 法定代表人.
 * Only forms that are wrong wherever they stand are listed: a term that is right in some contexts
 * would be a false alarm on published news.
 */
export const BUILTIN_STYLE_LIST = `
# 对残疾人不用蔑称（新华社禁用词）
残废人 → 残疾人 # 新华社禁用词
瞎子 → 盲人 # 新华社禁用词
聋子 → 聋人 # 新华社禁用词
独眼龙 # 新华社禁用词：不用蔑称，写明视力障碍
傻子 → 智力障碍者 # 新华社禁用词
呆子 → 智力障碍者 # 新华社禁用词
弱智 → 智力障碍者 # 新华社禁用词

# 民族名称不随意简称（新华社禁用词）
蒙族 → 蒙古族 # 新华社禁用词：民族名称不得简称
维族 → 维吾尔族 # 新华社禁用词：民族名称不得简称

# 国名（新华社禁用词）
北朝鲜 → 朝鲜 # 新华社禁用词
北韩 → 朝鲜 # 新华社禁用词
南朝鲜 → 韩国 # 新华社禁用词
南韩 → 韩国 # 新华社禁用词

# 法律用语
法人代表 → 法定代表人 # 民法典第六十一条
嫌犯 → 犯罪嫌疑人 # 新华社慎用词：判决前称犯罪嫌疑人

# 含上列词形的地名和俗称，不是蔑称
[忽略]
黑瞎子 # 东北方言称黑熊，黑瞎子岛为地名
熊瞎子 # 方言称熊
`;
