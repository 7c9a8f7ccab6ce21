import { HAN } from '../text/cjk';
import type { Paragraph } from '../text/paragraphs';
import { factSpans, type FactSpan } from './factSpans';
import type { ChangeCluster } from './inlineDiff';
import type { FactChange, FactKind } from './revisionDiff';
import { personNameExtent } from './personNameExtent';
import type { WordProbe } from './wordProbe';

/** A changed number or date has a digit inside the change or right beside it. */
const DIGIT_NEAR = /[0-9０-９]/;

const NAME_MIN = 2;
const NAME_MAX = 4;
/** The usual length of a full personal name (surname and given name). */
const NAME_FULL = 3;
/** How many characters the two names may differ by (substituted, inserted or deleted). */
const NAME_MAX_EDIT = 2;
const NAME_WINDOW = NAME_MAX;
/** Administrative suffixes end a name: 会宁县杨崖集镇 is two names, 会宁县 and 杨崖集镇. */
const PLACE_SUFFIX = /[省市县区镇乡村州旗盟]/;

/**
 * The changed numbers, dates and names of one paragraph pair. Rules:
 * - a change touching a date (or number-with-unit) in both revisions reports the whole date
 *   (number with its measure word and 多/余/约, see factSpans) as it reads before and after:
 *   2023年7月 → 2023年8月, 2637人 → 2673人, 80多人 → 120多人;
 * - otherwise a change of at most two Han characters is a name change when the name around it
 *   (see nameRun) is 2–4 Han characters on both sides: 易丽萍 → 易丽平, 杨崖集镇 → 杨集镇.
 *   Dictionary words (增长 → 增加) are not names. Looked up under the WordProbe budget.
 * Offsets in the result are absolute.
 */
export function factChanges(
  clusters: readonly ChangeCluster[],
  oldPara: Paragraph,
  newPara: Paragraph,
  probe: WordProbe,
): { changes: FactChange[]; truncated: boolean } {
  const changes: FactChange[] = [];
  const oldText = oldPara.text;
  const newText = newPara.text;
  let truncated = false;
  if (clusters.length === 0) return { changes, truncated };
  let oldFacts: FactSpan[] | undefined;
  let newFacts: FactSpan[] | undefined;
  const seen = new Set<string>();
  const push = (kind: FactKind, o: { start: number; end: number }, n: { start: number; end: number }): void => {
    const key = `${o.start}:${n.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    changes.push({
      kind,
      oldIndex: oldPara.index,
      newIndex: newPara.index,
      old: oldText.slice(o.start, o.end),
      new: newText.slice(n.start, n.end),
      oldStart: oldPara.start + o.start,
      oldEnd: oldPara.start + o.end,
      newStart: newPara.start + n.start,
      newEnd: newPara.start + n.end,
    });
  };
  for (const c of clusters) {
    const digits = DIGIT_NEAR.test(oldText.slice(Math.max(0, c.oldStart - 1), c.oldEnd + 1)) || DIGIT_NEAR.test(newText.slice(Math.max(0, c.newStart - 1), c.newEnd + 1));
    if (digits) {
      oldFacts ??= factSpans(oldText);
      newFacts ??= factSpans(newText);
    }
    const o = digits ? touching(oldFacts!, c.oldStart, c.oldEnd) : undefined;
    const n = digits ? touching(newFacts!, c.newStart, c.newEnd) : undefined;
    if (o && n && o.kind === n.kind) {
      if (oldText.slice(o.start, o.end) !== newText.slice(n.start, n.end)) push(o.kind, o, n);
      continue;
    }
    if (o || n || !nameSized(c, oldText, newText)) continue;
    if (probe.exhausted) {
      truncated = true;
      continue;
    }
    // One window, in the old text: outside the change both texts are equal, so the run's ends carry over.
    const on = nameRun(oldText, c.oldStart, c.oldEnd, probe);
    if (!on) continue;
    const nn = { start: c.newStart - (c.oldStart - on.start), end: c.newEnd + (on.end - c.oldEnd) };
    const length = nn.end - nn.start;
    if (length >= NAME_MIN && length <= NAME_MAX && HAN_RUN.test(newText.slice(nn.start, nn.end))) push('name', on, nn);
  }
  return { changes, truncated };
}

/** The fact span that the change [start, end) overlaps, or touches when the change is an insertion. */
function touching(spans: readonly FactSpan[], start: number, end: number): FactSpan | undefined {
  return spans.find((s) => (start === end ? s.start <= start && s.end >= start : s.start < end && s.end > start));
}

const HAN_RUN = new RegExp(`^[${HAN}]*$`);

function nameSized(c: ChangeCluster, oldText: string, newText: string): boolean {
  const removed = oldText.slice(c.oldStart, c.oldEnd);
  const added = newText.slice(c.newStart, c.newEnd);
  return Math.max(removed.length, added.length) <= NAME_MAX_EDIT && HAN_RUN.test(removed) && HAN_RUN.test(added);
}

/**
 * The name holding text[start, end) (or the insertion point): the words the change touches; on
 * the right, up to an administrative suffix within two characters; on the left, over
 * single-character words (which is how the segmenter splits names it does not know) up to the
 * length of a full name — 3 characters, 4 with a suffix. A change inside a dictionary word with
 * no suffix after it (增长 → 增加) is an ordinary edit, not a name.
 */
function nameRun(text: string, start: number, end: number, probe: WordProbe): { start: number; end: number } | null {
  const from = Math.max(0, start - NAME_WINDOW);
  const to = Math.min(text.length, end + NAME_WINDOW);
  const words = probe.words(text, from, to);
  if (!words) return null;
  const inside = words.filter((w) => (start === end ? w.end === start || w.start === start : w.start < end && w.end > start));
  if (inside.length === 0) return null;
  let first = words.indexOf(inside[0]!);
  let last = words.indexOf(inside[inside.length - 1]!);
  const suffixAt = (i: number): boolean => PLACE_SUFFIX.test(text[words[i]!.end - 1]!);
  let suffixed = suffixAt(last);
  for (let k = last + 1; !suffixed && k < words.length && words[k]!.end - words[last]!.end <= 2 && words[k]!.single; k++) {
    if (suffixAt(k)) {
      last = k;
      suffixed = true;
    }
  }
  if (!suffixed && !inside.every((w) => w.single)) return null;
  const full = suffixed ? NAME_MAX : NAME_FULL;
  const person = suffixed ? undefined : personNameExtent(words, text, first, last, full);
  if (person) ({ first, last } = person);
  while (first > 0 && words[last]!.end - words[first]!.start < full && words[first - 1]!.single && !suffixAt(first - 1)) first--;
  const run = { start: words[first]!.start, end: words[last]!.end };
  const length = run.end - run.start;
  return length >= NAME_MIN && length <= NAME_MAX && HAN_RUN.test(text.slice(run.start, run.end)) ? run : null;
}
