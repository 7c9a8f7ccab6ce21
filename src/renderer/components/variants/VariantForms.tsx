import type { VariantGroupEvidence } from '../../../core/checks/consistency/variantEvidence';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import './variantForms.css';

interface VariantFormsProps {
  evidence: VariantGroupEvidence;
  lang: Lang;
  /** Replace every other form with this one. */
  onUse(form: string): void;
}

/** A consistency group's forms side by side, each with its count, the suggested one marked. */
export function VariantForms({ evidence, lang, onUse }: VariantFormsProps) {
  return (
    <ul className="jk-variants" data-testid="variant-forms" data-basis={evidence.basis}>
      {evidence.forms.map((form) => {
        const suggested = form.text === evidence.suggested;
        const details = [...form.mentions, form.division ? t(lang, 'app.variants.division', { path: form.division.path.join(''), code: form.division.code }) : ''].filter(Boolean);
        return (
          <li key={form.text} className="jk-variant" data-testid="variant-form" data-form={form.text} data-suggested={suggested} title={details.join('\n') || undefined}>
            <span className="jk-variant-text">{form.text}</span>
            <span className="jk-variant-count" data-testid="variant-count" data-count={form.count}>
              {t(lang, 'app.variants.count', { count: form.count })}
            </span>
            {suggested && (
              <span className="jk-variant-suggested" title={t(lang, evidence.basis === 'gazetteer' ? 'app.variants.suggestedGazetteer' : 'app.variants.suggestedMajority')}>
                {t(lang, 'app.variants.suggested')}
              </span>
            )}
            <button
              type="button"
              className="jk-variant-use"
              data-testid="variant-use-form"
              title={t(lang, 'app.variants.useTitle', { form: form.text })}
              onClick={(event) => {
                event.stopPropagation();
                onUse(form.text);
              }}
            >
              {t(lang, 'app.variants.use')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
