import { HAN } from '../text/cjk';
import type { RawClaim } from './claim';
import { allMatches } from '../text/allMatches';

/** Verbs of saying; 称 not where it names (简称, 又称, 号称, 被称). */
const SAY = '说|表示|介绍|(?<![简又俗号堪统人被并自])称|指出|坦言|告诉记者|强调|回忆|感慨|笑着说|补充';
const QUOTE_RE = /“([^“”\n]{2,400})”/g;
const SPEAKER_AFTER = new RegExp(`^[，,]?[ \\u3000]?([${HAN}·]{1,12}?)(?:${SAY})`);
const SPEAKER_BEFORE = new RegExp(`([${HAN}·]{1,12}?)(?:${SAY})[：:，,]?[ \\u3000]?$`);
/** Adverbs read as the speaker before a verb of saying (很是|感慨, 不禁|感慨): no one is named. */
const NO_SPEAKER = /^(?:很是|不禁|不由得|由衷|连连|纷纷|一再|再次|多次|也|都|又|还|更)$/;
/** Quoted terms (“三变”改革) are not statements; without a speaker only longer quotations count. */
const MIN_UNATTRIBUTED = 15;
/**
 * Quoted lists of terms (“忠诚、为战、创新”, “龙头企业+贫困户”) and quoted titles of events, shows and
 * programmes (“伟大的变革——…大型展览”, “…高峰论坛”): named, not said, when no clause break is in them.
 */
const LIST_OR_TITLE = /^[^，。！？；,!?;]*(?:[、+＋]|——)[^，。！？；,!?;]*$|^[^，。！？；,!?;]*(?:论坛|年会|大会|峰会|博览会|展览|艺术展|展|计划|工程|行动|活动|项目|实验区|示范区|优势区|基地|节|周|大赛|奖)$/;

/** Quotations with their speakers (“…”，X说 / X表示：“…”): what a checker confirms was said. */
export function quoteClaims(text: string): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const m of allMatches(QUOTE_RE, text)) {
    const end = m.index + m[0].length;
    const found =
      SPEAKER_AFTER.exec(text.slice(end, end + 20))?.[1] ?? SPEAKER_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    const speaker = found !== undefined && !NO_SPEAKER.test(found) ? found : undefined;
    if (!speaker && (m[1]!.length < MIN_UNATTRIBUTED || LIST_OR_TITLE.test(m[1]!))) continue;
    claims.push({ type: 'quote', start: m.index, end, label: speaker ? `${m[0]} — ${speaker}` : m[0] });
  }
  return claims;
}
