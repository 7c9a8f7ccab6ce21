import { paragraphQuantities } from '../../numbers/paragraphQuantities';
import { splitSentences } from '../../text/sentences';
import { changeRateRelations } from './changeRate';
import { listedTotalRelations } from './listedTotal';
import { multipleRelations } from './multipleRelations';
import { readsAsChangeAmount } from './neighbours';
import { partOfWholeRelations } from './partOfWhole';
import type { Relation, RelationContext } from './relation';
import { respectiveShareRelations } from './respectiveShares';
import { restatedRelations } from './restatedQuantity';
import { shareRelations } from './shareRelations';
import { sharesOver100Relations } from './sharesOver100';

/**
 * Every numeric relation found in one paragraph, recomputed, consistent ones included:
 * the arithmetic check reports the wrong and implied ones, the claims checklist lists them all.
 * Offsets are relative to the paragraph. O(n · WINDOW · log n) in the paragraph's n quantities: each
 * finder looks WINDOW quantities or CHAR_WINDOW characters around its marker (neighbours.ts).
 */
export function findRelations(paragraph: string): Relation[] {
  const quantities = paragraphQuantities(paragraph);
  if (quantities.length < 2) return [];
  const changeAmounts = new Set(quantities.filter((q) => readsAsChangeAmount(paragraph, q)));
  const ctx: RelationContext = { text: paragraph, quantities, sentences: splitSentences(paragraph), changeAmounts };
  return [
    ...shareRelations(ctx),
    ...respectiveShareRelations(ctx),
    ...partOfWholeRelations(ctx),
    ...listedTotalRelations(ctx),
    ...changeRateRelations(ctx),
    ...multipleRelations(ctx),
    ...sharesOver100Relations(ctx),
    ...restatedRelations(ctx),
  ];
}
