import { useState, type ReactNode } from 'react';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { EditorFont, Settings, ThemeSetting } from '../../shared/api';
import { EDITOR_FONT_SIZES } from '../../shared/settingsLimits';
import { Modal } from './Modal';

const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const THEME_LABELS = { system: 'app.settings.themeSystem', light: 'app.settings.themeLight', dark: 'app.settings.themeDark' } as const;
const FONTS: readonly EditorFont[] = ['serif', 'sans'];
const FONT_LABELS = { serif: 'app.settings.fontSerif', sans: 'app.settings.fontSans' } as const;
const FONT_SIZES = Array.from({ length: (EDITOR_FONT_SIZES.max - EDITOR_FONT_SIZES.min) / EDITOR_FONT_SIZES.step + 1 }, (_, i) => String(EDITOR_FONT_SIZES.min + i * EDITOR_FONT_SIZES.step));

interface ChoiceProps<V extends string> {
  label: string;
  testId: string;
  value: V;
  options: readonly V[];
  optionLabel(value: V): string;
  onChange(value: V): void;
}

/** One labelled choice of the settings. */
function Choice<V extends string>({ label, testId, value, options, optionLabel, onChange }: ChoiceProps<V>) {
  return (
    <label className="jk-field">
      <span className="jk-field-label">{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

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
      <Choice label={t(lang, 'app.settings.language')} testId="settings-lang" value={lang} options={LANGS} optionLabel={(l) => t(lang, `app.lang.${l}`)} onChange={(l: Lang) => onChange({ lang: l })} />
      <Choice label={t(lang, 'app.settings.theme')} testId="settings-theme" value={settings.theme} options={THEMES} optionLabel={(v) => t(lang, THEME_LABELS[v])} onChange={(theme) => onChange({ theme })} />
      <Choice label={t(lang, 'app.settings.editorFont')} testId="settings-editor-font" value={settings.editorFont} options={FONTS} optionLabel={(v) => t(lang, FONT_LABELS[v])} onChange={(editorFont) => onChange({ editorFont })} />
      <Choice
        label={t(lang, 'app.settings.editorFontSize')}
        testId="settings-editor-font-size"
        value={String(settings.editorFontSize)}
        options={FONT_SIZES}
        optionLabel={(size) => t(lang, 'app.settings.fontSizeValue', { size })}
        onChange={(size) => onChange({ editorFontSize: Number(size) })}
      />
      <label className="jk-field">
        <span className="jk-field-label">{t(lang, 'app.settings.reviewer')}</span>
        <input data-testid="settings-reviewer" type="text" value={reviewer} maxLength={80} placeholder={t(lang, 'app.settings.reviewerHint')} onChange={(e) => setReviewer(e.target.value)} />
      </label>
      {children}
    </Modal>
  );
}
