import { Facet } from '@codemirror/state';
import type { Lang } from '../../core/i18n/lang';

/** The interface language, for what the editor itself shows (tooltips). */
export const uiLang = Facet.define<Lang, Lang>({ combine: (values) => values[0] ?? 'zh' });
