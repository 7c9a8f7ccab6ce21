import { describe, expect, it } from 'vitest';
import { stripIndustryWords } from '../../../src/core/entities/coreName';

describe('stripIndustryWords', () => {
  it('strips trade words from the end, again and again, the longest first', () => {
    expect(stripIndustryWords('薯味佳食品')).toBe('薯味佳');
    expect(stripIndustryWords('华远食品科技发展')).toBe('华远');
    // 新能源 goes whole: 能源 alone would leave 华远新.
    expect(stripIndustryWords('华远新能源')).toBe('华远');
  });

  it('keeps a name whose end is no trade word, and an empty one', () => {
    expect(stripIndustryWords('薯味佳')).toBe('薯味佳');
    expect(stripIndustryWords('食品城')).toBe('食品城');
    expect(stripIndustryWords('')).toBe('');
    expect(stripIndustryWords('食品')).toBe('');
  });
});
