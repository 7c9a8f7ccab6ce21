import { HAN } from '../text/cjk';
import type { RawClaim } from './claim';
import { allMatches } from '../text/allMatches';

const SAY = '说|表示|介绍|称|指出|坦言|告诉记者|强调|回忆|感慨|笑着说|补充';
const QUOTE_RE = /“([^“”\n]{2,400})”/g;
const SPEAKER_AFTER = new RegExp(`^[，,]?[ \\u3000]?([${HAN}·]{1,12}?)(?:${SAY})`);
const SPEAKER_BEFORE = new RegExp(`([${HAN}·]{1,12}?)(?:${SAY})[：:，,]?[ \\u3000]?$`);
/** Quoted terms (“三变”改革) are not statements; without a speaker only longer quotations count. */
const MIN_UNATTRIBUTED = 15;

/** Quotations with their speakers (“…”，X说 / X表示：“…”): what a checker confirms was said. */
export function quoteClaims(text: string): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const m of allMatches(QUOTE_RE, text)) {
    const end = m.index + m[0].length;
    const speaker =
      SPEAKER_AFTER.exec(text.slice(end, end + 20))?.[1] ?? SPEAKER_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (!speaker && m[1]!.length < MIN_UNATTRIBUTED) continue;
    claims.push({ type: 'quote', start: m.index, end, label: speaker ? `${m[0]} — ${speaker}` : m[0] });
  }
  return claims;
}
