import { t } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { StyleProblem } from './styleFile';

/** One line for a skipped style-file line: where it is (file:line), what is wrong, what to write. */
export function styleProblemMessage(file: string, problem: StyleProblem, lang: Lang): string {
  return t(lang, 'style.problemAt', { file, line: problem.line, message: t(lang, problem.key, problem.params) });
}
