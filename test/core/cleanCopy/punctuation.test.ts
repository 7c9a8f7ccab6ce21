import { describe, expect, it } from 'vitest';
import { cleanCopy } from '../../../src/core/cleanCopy/cleanCopy';

const punctuate = (text: string): string =>
  cleanCopy(text, { stripChrome: false, applySuggestions: false, punctuation: true, whitespace: false }).text;

describe('punctuation to GB/T 15834', () => {
  it.each([
    ['盛夏时节,走进车间', '盛夏时节，走进车间'],
    ['收入增长了,但是', '收入增长了，但是'],
    ['先后三次;每次都', '先后三次；每次都'],
    ['他问:能行吗?', '他问：能行吗？'],
    ['太好了!大家说', '太好了！大家说'],
    ['天已经黑了.路上没人', '天已经黑了。路上没人'],
    ['事情办完了.', '事情办完了。'],
    ['增长了5%,达到新高', '增长了5%，达到新高'],
    ['共3927万元,占比70.25%。', '共3927万元，占比70.25%。'],
    ['时间:10:30开始', '时间：10:30开始'],
    ['津甘共建(和平区援建)的车间', '津甘共建（和平区援建）的车间'],
    ['他说"明天再来"就走了', '他说“明天再来”就走了'],
    ["所谓'传帮带'就是", '所谓‘传帮带’就是'],
    ['他说"OK",然后走了', '他说“OK”，然后走了'],
    ['等一等...再说', '等一等……再说'],
    ['真相--其实很简单', '真相——其实很简单'],
    ['两个 , 空格', '两个，空格'],
    ['编号(1)和(2)', '编号（1）和（2）'],
    ['A股,B股上涨', 'A股，B股上涨'],
    ['这是测试,test', '这是测试，test'],
  ])('%s → %s', (input, output) => {
    expect(punctuate(input)).toBe(output);
  });

  it.each([
    ['3,000人和1.5万元'],
    ['2023.07.10 23:28'],
    ['访问https://example.com/a,b?x=1 查看'],
    ['写信到news.desk@example.com.'],
    ['Hello, world. Fine: yes!'],
    ["It's the editor's copy (draft)."],
    ['比分3:2,1-2'],
    ['2020--2023'],
    ['函数f(x)的值'],
    ['会议召开.今天'],
    ['他说"好'],
    ['Wait...'],
  ])('leaves %s untouched', (input) => {
    expect(punctuate(input)).toBe(input);
  });

  it('stops at a URL even when Chinese follows its trailing comma', () => {
    expect(punctuate('请访问http://a.cn/x,了解详情')).toBe('请访问http://a.cn/x，了解详情');
  });
});
