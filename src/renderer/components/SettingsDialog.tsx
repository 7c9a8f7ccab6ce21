import { useState, type ReactNode } from 'react';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { EditorFont, Settings, ThemeSetting } from '../../shared/api';
import { EDITOR_FONT_SIZES } from '../../shared/settingsLimits';
import { Modal } from './Modal';

const THEMES: { value: ThemeSetting; key: 'app.settings.themeSystem' | 'app.settings.themeLight' | 'app.settings.themeDark' }[] = [
  { value: 'system', key: 'app.settings.themeSystem' },
  { value: 'light', key: 'app.settings.themeLight' },
  { value: 'dark', key: 'app.settings.themeDark' },
];

const FONTS: { value: EditorFont; key: 'app.settings.fontSerif' | 'app.settings.fontSans' }[] = [
  { value: 'serif', key: 'app.settings.fontSerif' },
  { value: 'sans', key: 'app.settings.fontSans' },
];

const FONT_SIZES = Array.from({ length: (EDITOR_FONT_SIZES.max - EDITOR_FONT_SIZES.min) / EDITOR_FONT_SIZES.step + 1 }, (_, i) => EDITOR_FONT_SIZES.min + i * EDITOR_FONT_SIZES.step);

/** Language, theme and the draft's typeface and size apply at once; the reviewer's name is saved when the dialog closes. */
/** `children`: more sections below the general ones (the house style's files). */
export function SettingsDialog({ settings, onChange, onClose, children }: { settings: Settings; onChange(patch: Partial<Settings>): void; onClose(): void; children?: ReactNode }) {
  const lang = settings.lang;
  const [reviewer, setReviewer] = useState(settings.reviewer);
  const close = () => {
    if (reviewer.trim() !== settings.reviewer) onChange({ reviewer: reviewer.trim() });
    onClose();
  };
  return (
    <Modal
      title={t(lang, 'app.settings.title')}
      testId="settings-dialog"
      onClose={close}
      footer={
        <button type="button" className="jk-button jk-button-primary" data-testid="settings-done" onClick={close}>
          {t(lang, 'app.settings.done')}
        </button>
      }
    >
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.language')}</span>
        <select data-testid="settings-lang" value={lang} onChange={(e) => onChange({ lang: e.target.value as Lang })}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(lang, `app.lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.theme')}</span>
        <select data-testid="settings-theme" value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as ThemeSetting })}>
          {THEMES.map(({ value, key }) => (
            <option key={value} value={value}>
              {t(lang, key)}
            </option>
          ))}
        </select>
      </label>
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.editorFont')}</span>
        <select data-testid="settings-editor-font" value={settings.editorFont} onChange={(e) => onChange({ editorFont: e.target.value as EditorFont })}>
          {FONTS.map(({ value, key }) => (
            <option key={value} value={value}>
              {t(lang, key)}
            </option>
          ))}
        </select>
      </label>
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.editorFontSize')}</span>
        <select data-testid="settings-editor-font-size" value={settings.editorFontSize} onChange={(e) => onChange({ editorFontSize: Number(e.target.value) })}>
          {FONT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(lang, 'app.settings.fontSizeValue', { size })}
            </option>
          ))}
        </select>
      </label>
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.reviewer')}</span>
        <input data-testid="settings-reviewer" type="text" value={reviewer} maxLength={80} placeholder={t(lang, 'app.settings.reviewerHint')} onChange={(e) => setReviewer(e.target.value)} />
      </label>
      {children}
    </Modal>
  );
}
