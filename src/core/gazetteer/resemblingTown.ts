import { editDistance } from '../entities/editDistance';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';

/**
 * The town of `county` whose name is closest to `name`, if close enough to be a slip of the pen:
 * one edit (杨集镇 → 杨崖集镇, 杨崖集乡 → 杨崖集镇), two for names of five characters or more.
 * Undefined when two towns are equally close: then the gazetteer cannot say which was meant.
 */
export function resemblingTown(index: GazetteerIndex, county: Place, name: string): Place | undefined {
  let best: Place | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const town of index.childrenOf(county.code)) {
    const d = editDistance(name, town.name);
    if (d < bestDistance) {
      best = town;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  const limit = Math.min(name.length, best?.name.length ?? 0) >= 5 ? 2 : 1;
  return best && !tie && bestDistance > 0 && bestDistance <= limit ? best : undefined;
}
