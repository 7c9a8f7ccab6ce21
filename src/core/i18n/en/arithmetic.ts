export const arithmetic = {
  'arithmetic.share': 'The share {stated} does not match the figures: {formula} = {recomputed} (given their rounding, between {low} and {high}). Check the part, the total and the share.',
  'arithmetic.impliedTotal': '{share} is stated without a total: from {part} the total is ≈{rounded} ({total}; given the rounding of {share}, between {low} and {high}). Verify the total with the source.',
  'arithmetic.partExceedsWhole': 'The part {stated} is larger than its whole: {formula} = {recomputed}. A part cannot exceed the whole; check both figures.',
  'arithmetic.sum': 'The parts do not add up to the stated total: {formula} = {recomputed}, but the draft says {stated}. Check the parts and the total.',
  'arithmetic.changeRate': 'The change {stated} does not match the two values: {formula} = {recomputed}. Check the rate or the values.',
  'arithmetic.percentagePoint': 'A change between two percentages is written in percentage points: {formula} is {points} points (a relative change of {recomputed}), but the draft says {stated}.',
  'arithmetic.multiple': 'The multiple {stated} does not match the values: {formula} = {recomputed}. Check the multiple or the values.',
  'arithmetic.sharesOver100': 'Shares of one whole add up to {recomputed}, more than 100%: {formula}. Check the shares.',
  'arithmetic.sharesUnder100': 'Shares that name the rest (其他) cover the whole, yet add up to only {recomputed}: {formula}. Check the shares.',
  'arithmetic.restated': 'The same figure is stated with two values: {formula}. Check which one is right.',
} as const;
