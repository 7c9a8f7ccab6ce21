/**
 * Words for a kind of body, whom it belongs to, its level or size, with an optional "belonging to a
 * division" before them (区属公立, 民办, 定点, 乡镇, 大型综合).
 */
const KIND_OF_BODY = /^(?:[省市县区镇乡村]属)?(?:公立|私立|民营|民办|公办|国有|国营|私营|综合|专科|定点|基层|社区|乡镇|乡村|村级|县级|市级|省级|三甲|二甲|大型|中小|小型|重点|示范|龙头|骨干|知名|当地|本地|外地|地方|各级|各类)+$/;

/**
 * Whether an organisation's own part only says what kind of body it is (公立医院, 区属公立医院, 民办学校,
 * 定点医院, 乡镇卫生院): such a name stands for a class of bodies, not one, and is no variant or slip of a
 * body's own name (公立 beside a hospital named 公利).
 */
export function isKindOfBody(own: string): boolean {
  return KIND_OF_BODY.test(own);
}
