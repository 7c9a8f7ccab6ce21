import { describe, expect, it } from 'vitest';
import { hasMessage, t, type MessageKey } from '../../../src/core/i18n/messages';

describe('a message key built from a colleague’s data', () => {
  it('shows the key itself when it names no message, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(t(lang, 'review.claim.bogus' as MessageKey)).toBe('review.claim.bogus');
      expect(t(lang, 'constructor' as MessageKey)).toBe('constructor');
      expect(t(lang, '__proto__' as MessageKey)).toBe('__proto__');
    }
  });

  it('knows only its own keys', () => {
    expect(hasMessage('review.claim.number')).toBe(true);
    expect(hasMessage('review.claim.bogus')).toBe(false);
    expect(hasMessage('toString')).toBe(false);
  });

  it('fills only the parameters given', () => {
    expect(t('en', 'review.sidecar.newer', { file: 'a', constructor: 'x' } as never)).toContain('{version}');
  });
});
