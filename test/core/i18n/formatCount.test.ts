import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/i18n/formatCount';
import { localeOf } from '../../../src/core/i18n/formatTime';
import type { Lang } from '../../../src/core/i18n/lang';

describe('formatCount', () => {
  it('groups digits in threes', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(364122)).toBe('364,122');
    expect(formatCount(12345678)).toBe('12,345,678');
  });

  it('writes every count as Intl.NumberFormat does in both interface languages', () => {
    const counts = [0, 7, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000, 1234567, 98765432, 123456789012];
    for (let n = 1; n < 2_000_000; n = Math.floor(n * 1.37) + 1) counts.push(n);
    for (const lang of ['zh', 'en'] as Lang[]) {
      const intl = new Intl.NumberFormat(localeOf(lang));
      for (const n of counts) expect(formatCount(n), `${lang} ${n}`).toBe(intl.format(n));
    }
  });
});
