/**
 * The place names the gazetteer verified in the last check, as ranges mapped through every edit
 * (so the hover stays on its name while the worker re-checks); replaced wholesale by `setPlaces`.
 */
import { RangeSet, RangeValue, StateEffect, StateField, type EditorState } from '@codemirror/state';
import type { VerifiedPlace } from '../../core/checks/gazetteer/verifyPlaces';

/** Places verified in exactly the document they are dispatched to. */
export const setPlaces = StateEffect.define<readonly VerifiedPlace[]>();

class PlaceValue extends RangeValue {
  constructor(readonly place: VerifiedPlace) {
    super();
  }
}

export const placesField = StateField.define<RangeSet<PlaceValue>>({
  create: () => RangeSet.empty,
  update(places, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setPlaces)) {
        const length = tr.newDoc.length;
        const ranges = effect.value.filter((p) => p.start < p.end && p.end <= length).map((p) => new PlaceValue(p).range(p.start, p.end));
        return RangeSet.of(ranges, true);
      }
    }
    return tr.docChanged ? places.map(tr.changes) : places;
  },
});

/** The verified place under `pos` whose text is still as verified; `side` says which way the pointer leans at a boundary. */
export function placeAt(state: EditorState, pos: number, side: -1 | 1): PlaceHit | undefined {
  const hits: PlaceHit[] = [];
  state.field(placesField).between(pos, pos, (from, to, value) => {
    if ((from === pos && side < 0) || (to === pos && side > 0)) return;
    if (state.sliceDoc(from, to) === value.place.text) hits.push({ from, to, place: value.place });
  });
  // Where verified names overlap, the shortest is the one pointed at.
  return hits.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
}

export interface PlaceHit {
  from: number;
  to: number;
  place: VerifiedPlace;
}
