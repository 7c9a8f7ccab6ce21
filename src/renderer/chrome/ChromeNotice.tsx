import { chromeKinds } from '../../core/chrome/chromeKinds';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { PageChromeState } from './pageChromeState';

/**
 * Says what page chrome was recognised and that it is not checked, with the one click that
 * undoes a wrong recognition (计入检查); the choice is kept in the draft's review file.
 */
export function ChromeNotice({ lang, chrome, canChoose, onInclude }: { lang: Lang; chrome: PageChromeState; canChoose: boolean; onInclude(included: boolean): void }) {
  if (chrome.blocks.length === 0) return null;
  const kinds = chromeKinds(lang, chrome.blocks);
  return (
    <div className="jk-notice" role="status" data-testid="chrome-notice" data-excluded={String(chrome.excluded)}>
      <span className="jk-notice-text">{t(lang, chrome.excluded ? 'chrome.notice.excluded' : 'chrome.notice.included', { kinds })}</span>
      {chrome.excluded ? (
        <button type="button" className="jk-button" data-testid="chrome-include" title={t(lang, 'chrome.includeTitle')} disabled={!canChoose} onClick={() => onInclude(true)}>
          {t(lang, 'chrome.include')}
        </button>
      ) : (
        <button type="button" className="jk-button" data-testid="chrome-exclude" disabled={!canChoose} onClick={() => onInclude(false)}>
          {t(lang, 'chrome.exclude')}
        </button>
      )}
    </div>
  );
}
