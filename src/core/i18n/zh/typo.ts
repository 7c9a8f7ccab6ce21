export const typo = {
  'typo.listed': '“{found}”是常见错别字，应为“{correct}”：{note}。',
  'typo.confusable': '“{found}”疑为“{correct}”之误（“{wrong}”与“{right}”{kind}），请核对后改正。',
  'typo.kind.sound': '音近',
  'typo.kind.shape': '形近',
  'typo.kind.soundShape': '音近形近',
} as const;
