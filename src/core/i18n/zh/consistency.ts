export const consistency = {
  'consistency.variants': '同一{kind}疑有不同写法：{forms}。',
  'consistency.formCount': '「{form}」{count}处',
  'consistency.formSeparator': '、',
  'consistency.basisGazetteer': '据行政区划，正式名称是「{suggestion}」（{path}），请统一为此写法。',
  'consistency.basisMajority': '多数处写作「{suggestion}」（行政区划无从判断），请向来源核实后统一。',
  'consistency.basisNone': '各写法次数相同，无从判断哪个正确，请向来源核实后统一。',
  'consistency.kind.place': '地名',
  'consistency.kind.org': '机构',
  'consistency.kind.person': '人名',
  'consistency.kind.latin': '外文名',
  'consistency.department': '「{written}」不是规范的部门名称，2018年机构改革后的标准名称是「{standard}」，请核实后改正。',
  'consistency.departmentShort': '「{written}」疑为「{standard}」之误：部门简称通常写作「{standard}」（如城管局、房管局），请核实后改正。',
} as const;
