import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { CompareTools } from './compare/CompareTools';
import { ChevronIcon, InfoIcon, OpenIcon, SettingsIcon } from './icons';
import { RecentMenu } from './RecentMenu';

export interface ToolbarProps {
  lang: Lang;
  title: string | null;
  onOpen(): void;
  onOpenPath(path: string): void;
  listRecent(): Promise<string[]>;
  onStep(direction: 1 | -1): void;
  onSettings(): void;
  onAbout(): void;
  /** Export clean copy…; the button shows only when given. */
  onExport?(): void;
  /** Compare with file… and compare with the draft as opened; the buttons show only when given. */
  compare?: { onCompareFile(): void; onCompareOpened(): void; onCompareRevisions(): void };
  /** 加入本报用语 from the editor's selection; the button shows only when given. */
  onAddStyleTerm?(): void;
}

export function Toolbar({ lang, title, onOpen, onOpenPath, listRecent, onStep, onSettings, onAbout, onExport, compare, onAddStyleTerm }: ToolbarProps) {
  return (
    <header className="jk-toolbar">
      <div className="jk-brand" aria-hidden="true">
        <span className="jk-brand-mark">校</span>
        <span className="jk-brand-name">{t(lang, 'app.name')}</span>
      </div>
      <div className="jk-tool-group">
        <button type="button" className="jk-tool jk-tool-primary" data-testid="open-button" title={t(lang, 'app.toolbar.openTitle')} onClick={onOpen}>
          <OpenIcon />
          {t(lang, 'app.toolbar.open')}
        </button>
        <RecentMenu lang={lang} listRecent={listRecent} onOpen={onOpenPath} />
        {onExport && (
          <button type="button" className="jk-tool" data-testid="export-button" title={t(lang, 'app.toolbar.exportTitle')} onClick={onExport}>
            {t(lang, 'app.toolbar.export')}
          </button>
        )}
        {onAddStyleTerm && (
          <button type="button" className="jk-tool" data-testid="add-style-term-button" title={t(lang, 'app.style.addTermTitle')} onMouseDown={(e) => e.preventDefault()} onClick={onAddStyleTerm}>
            {t(lang, 'app.style.addTerm')}
          </button>
        )}
        {compare && <CompareTools lang={lang} onCompareFile={compare.onCompareFile} onCompareOpened={compare.onCompareOpened} onCompareRevisions={compare.onCompareRevisions} />}
      </div>
      <div className="jk-toolbar-title" title={title ?? undefined}>
        {title}
      </div>
      <div className="jk-tool-group">
        <button type="button" className="jk-icon-button" data-testid="previous-finding-button" title={t(lang, 'app.toolbar.previousFinding')} aria-label={t(lang, 'app.toolbar.previousFinding')} onClick={() => onStep(-1)}>
          <ChevronIcon direction="up" />
        </button>
        <button type="button" className="jk-icon-button" data-testid="next-finding-button" title={t(lang, 'app.toolbar.nextFinding')} aria-label={t(lang, 'app.toolbar.nextFinding')} onClick={() => onStep(1)}>
          <ChevronIcon direction="down" />
        </button>
        <span className="jk-tool-divider" />
        <button type="button" className="jk-icon-button" data-testid="settings-button" title={t(lang, 'app.toolbar.settings')} aria-label={t(lang, 'app.toolbar.settings')} onClick={onSettings}>
          <SettingsIcon />
        </button>
        <button type="button" className="jk-icon-button" data-testid="about-button" title={t(lang, 'app.toolbar.about')} aria-label={t(lang, 'app.toolbar.about')} onClick={onAbout}>
          <InfoIcon />
        </button>
      </div>
    </header>
  );
}
