import type { VerifiedPlace } from '../../core/checks/gazetteer/verifyPlaces';

/**
 * Verified places as they cross from the worker: offsets in typed arrays (transferred, not
 * copied) and each distinct place once. A long draft names the same towns thousands of times,
 * and cloning one object per mention cost the UI thread a long task on a 1 MB draft.
 */
export interface PackedPlaces {
  starts: Int32Array;
  ends: Int32Array;
  /** Index into `table` for each mention. */
  refs: Int32Array;
  table: Omit<VerifiedPlace, 'start' | 'end'>[];
}

export function packPlaces(places: readonly VerifiedPlace[]): PackedPlaces {
  const starts = new Int32Array(places.length);
  const ends = new Int32Array(places.length);
  const refs = new Int32Array(places.length);
  const table: PackedPlaces['table'] = [];
  const seen = new Map<string, number>();
  places.forEach((place, i) => {
    const key = `${place.code}\u0000${place.text}`;
    let ref = seen.get(key);
    if (ref === undefined) {
      ref = table.push({ text: place.text, level: place.level, code: place.code, path: place.path, source: place.source }) - 1;
      seen.set(key, ref);
    }
    starts[i] = place.start;
    ends[i] = place.end;
    refs[i] = ref;
  });
  return { starts, ends, refs, table };
}

/** The buffers to transfer with the message. */
export function placeBuffers(packed: PackedPlaces): ArrayBuffer[] {
  return [packed.starts.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer, packed.refs.buffer as ArrayBuffer];
}

export function unpackPlaces(packed: PackedPlaces): VerifiedPlace[] {
  const places: VerifiedPlace[] = new Array(packed.starts.length);
  for (let i = 0; i < places.length; i++) places[i] = { ...packed.table[packed.refs[i]!]!, start: packed.starts[i]!, end: packed.ends[i]! };
  return places;
}
