export const source = {
  'source.numberDiffers': '“{draft}”与来源不符：{where}作“{source}”（原句：{sentence}）。请按来源核对数字。',
  'source.nameDiffers': '“{draft}”与来源写法不同：{where}作“{source}”（原句：{sentence}）。请核对名称。',
  'source.dateDiffers': '“{draft}”与来源不符：{where}作“{source}”（原句：{sentence}）。请核对日期。',
  'source.quoteAltered': '引语与来源原文不一致：{where}原文作“{source}”。直接引语须与原话一致，请改回原话或改为间接引语。',
  'source.unsourced': '此句中的{items}在来源文件中找不到出处，请补充来源或另行核实。',
  'source.filePage': '{file}第{page}页',
  'source.itemNumber': '数字',
  'source.itemDate': '日期',
  'source.itemName': '名称',
  'source.itemQuote': '引语',
  'source.itemSeparator': '、',
} as const;
