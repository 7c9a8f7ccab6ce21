/**
 * A short draft written for the encoding cases, with findings of several families: a weekday that
 * does not match its date, a half-width comma in Chinese, a doubled 的, a share with no total, and
 * one company written two ways. Every character is in GBK, so the GBK copy can say the same.
 */
export const TEA_GARDEN_DRAFT = [
  '山谷里的茶园今年扩种',
  '本报讯（记者 周岚）2025年4月8日（星期一），石门县云岭镇的茶叶合作社开始采摘春茶,今年新扩种茶园三百亩。',
  '合作社负责人说，今年的的鲜叶收购价比去年高出一成。合作社茶叶产值1860万元，占比31%。',
  '云岭茶叶有限公司与云林茶叶有限公司签订了收购协议，“茶农的收入有了保障。”',
  '',
].join('\n');
