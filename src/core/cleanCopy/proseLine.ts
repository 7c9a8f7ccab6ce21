import { HAN } from '../text/cjk';

const SENTENCE_MARK = new RegExp(`[。！？，；、]|[${HAN}][,;!?.]`);

/**
 * A line that reads as running prose (it has sentence punctuation). Headlines, bylines and
 * captions without punctuation use spaces as separators ("产业帮扶 打造引擎", "记者 张三"), so
 * spaces there are deliberate; in prose a space between two Chinese characters is stray.
 */
export function isProseLine(line: string): boolean {
  return SENTENCE_MARK.test(line);
}
