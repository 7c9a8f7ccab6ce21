import { FAMILY_DESCRIPTORS } from '../checks/families';
import type { Lang } from '../i18n/lang';
import { hasMessage, t } from '../i18n/messages';

/**
 * What the panel calls an item's rule, for people: a claim's type (地名, 数字) or a finding's
 * family (前后不一致, 标点). A rule no family or claim type knows (a review file from elsewhere)
 * is shown as it is written.
 */
export function ruleLabel(rule: string, lang: Lang): string {
  const [family, name] = rule.split('.', 2);
  if (family === 'claim') {
    const key = `review.claim.${name}`;
    return hasMessage(key) ? t(lang, key) : rule;
  }
  const descriptor = FAMILY_DESCRIPTORS.find((d) => d.id === family);
  return descriptor ? t(lang, descriptor.label) : rule;
}
