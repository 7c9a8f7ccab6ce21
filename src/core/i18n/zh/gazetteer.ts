export const gazetteer = {
  'gazetteer.unknownTown': '{county}没有「{name}」这个乡镇（街道）；该县（区）有「{suggestion}」（{path}，代码 {code}；数据：{source}）。请核对地名。',
  'gazetteer.unknownCounty': '行政区划数据中没有「{name}」；与它只差一个读音相近的字的是「{suggestion}」（{path}，代码 {code}；数据：{source}）。请核对地名。',
  'gazetteer.renamedTown': '{county}的「{name}」在行政区划数据中是「{suggestion}」（{path}，代码 {code}；数据：{source}）。名称可能已调整，请按稿件所写时间核实。',
} as const;
