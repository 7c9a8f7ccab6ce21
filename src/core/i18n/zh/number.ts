export const number = {
  'number.separatorMixed': '“{found}”与稿件中其他{count}处数字（如“{style}”）的千分位写法不一致。按GB/T 15835，同一稿件应统一写法。',
  'number.percentMixed': '“{found}”与稿件中其他{count}处百分数（如“{style}”）写法不一致。按GB/T 15835，统计数字宜统一用阿拉伯数字加%，如“{style}”。',
} as const;
