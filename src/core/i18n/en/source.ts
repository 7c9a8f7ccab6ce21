export const source = {
  'source.numberDiffers': '"{draft}" does not match the source: {where} says "{source}" (sentence: {sentence}). Check the number against the source.',
  'source.nameDiffers': '"{draft}" is written differently in the source: {where} says "{source}" (sentence: {sentence}). Check the name.',
  'source.dateDiffers': '"{draft}" does not match the source: {where} says "{source}" (sentence: {sentence}). Check the date.',
  'source.quoteAltered': 'The quotation is not what the source says: {where} reads "{source}". Restore the exact words or make it indirect speech.',
  'source.unsourced': 'No source states the {items} in this sentence: add a source or verify it another way.',
  'source.filePage': '{file}, page {page}',
  'source.itemNumber': 'number',
  'source.itemDate': 'date',
  'source.itemName': 'name',
  'source.itemQuote': 'quotation',
  'source.itemSeparator': ', ',
} as const;
