import type { Mention } from '../entities/mention';
import { isRunOf } from './runOfWords';

/**
 * Words that say which kind of town, street, community or village, without naming one: 城乡社区,
 * 智慧社区, 建制村, 老街道. A place the gazetteer does not know stands on its generic alone, so one
 * whose body is only such words is a common noun, and a checklist row for it a look at nothing.
 */
const PLACE_KINDS = new Set([
  '城乡', '城市', '农村', '基层', '智慧', '数字', '建制', '行政', '自然', '老旧', '老', '新型', '和谐', '文明', '美丽', '贫困',
  '重点', '周边', '所在', '当地', '各个', '疫情', '涉疫', '无疫', '封闭式', '开放式', '高风险', '中风险', '低风险', '试点', '示范',
  '边远', '偏远', '民族', '少数民族', '牧区', '山区', '安置', '搬迁', '易地搬迁', '移民', '街道', '乡镇', '城镇', '居民',
]);

/** Whether the unknown place mention is a kind of place said alone (城乡社区, 智慧社区), not the name of one. */
export function genericPlace(m: Mention): boolean {
  const body = m.text.endsWith(m.category) ? m.text.slice(0, m.text.length - m.category.length) : '';
  return isRunOf(body, PLACE_KINDS);
}
