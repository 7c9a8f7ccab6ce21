import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';

/** The provinces, cities or counties a name written without its generic and ending at `end` may be (贵州, 浏阳); the longer name first. */
export function shortNamedEndingAt(index: GazetteerIndex, text: string, end: number): Place[] {
  for (const length of [3, 2]) {
    const named = end >= length ? index.shortNamed(text.slice(end - length, end)) : [];
    if (named.length > 0) return named;
  }
  return [];
}
