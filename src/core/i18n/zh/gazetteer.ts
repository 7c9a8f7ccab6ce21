export const gazetteer = {
  'gazetteer.unknownTown': '{county}没有「{name}」这个乡镇（街道）；该县（区）有「{suggestion}」（{path}，代码 {code}）。请核对地名。',
} as const;
