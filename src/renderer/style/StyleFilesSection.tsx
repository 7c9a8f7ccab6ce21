import './houseStyle.css';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import { styleProblemMessage } from '../../core/checks/style/styleProblemMessage';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { StyleFileView } from '../../shared/api';
import type { HouseStyleState } from './useHouseStyle';

interface Props {
  lang: Lang;
  style: HouseStyleState;
  builtin: boolean;
  onBuiltin(on: boolean): void;
}

/** Settings → 本报用语: the built-in switch and each style file in use, where it came from and what it holds. */
export function StyleFilesSection({ lang, style, builtin, onBuiltin }: Props) {
  return (
    <section className="jk-style-settings" data-testid="style-settings">
      <h3 className="jk-field-label">{t(lang, 'app.style.section')}</h3>
      <label className="jk-check">
        <input type="checkbox" data-testid="settings-builtin-style" checked={builtin} onChange={(e) => onBuiltin(e.target.checked)} />
        {t(lang, 'app.style.builtin')}
      </label>
      {style.files.length === 0 && <p className="jk-style-empty">{t(lang, 'app.style.filesEmpty')}</p>}
      <ul className="jk-style-files">
        {style.files.map((file) => (
          <StyleFileItem key={file.path} file={file} lang={lang} onRemove={file.origin === 'added' ? () => style.removeFile(file.path) : undefined} />
        ))}
      </ul>
      <button type="button" className="jk-button" data-testid="add-style-file" onClick={style.addFile}>
        {t(lang, 'app.style.addFile')}
      </button>
    </section>
  );
}

function StyleFileItem({ file, lang, onRemove }: { file: StyleFileView; lang: Lang; onRemove?: () => void }) {
  const parsed = 'text' in file ? parseStyleFile(file.text, file.path) : undefined;
  return (
    <li className="jk-style-file" data-testid="style-file" data-origin={file.origin} title={file.path}>
      <div className="jk-style-file-head">
        <span className="jk-style-origin">{t(lang, `app.style.origin.${file.origin}`)}</span>
        <span className="jk-style-path">{file.path}</span>
        {onRemove && (
          <button type="button" className="jk-link-button" data-testid="remove-style-file" title={t(lang, 'app.style.removeFileTitle')} onClick={onRemove}>
            {t(lang, 'app.style.removeFile')}
          </button>
        )}
      </div>
      {'message' in file && <p className="jk-style-problem">{file.message}</p>}
      {parsed && (
        <details>
          <summary>{t(lang, 'app.style.entries', { terms: parsed.terms.length, ignored: parsed.ignored.length })}</summary>
          <ul className="jk-style-entries" data-testid="style-entries">
            {parsed.terms.map((term) => (
              <li key={`t${term.origin.line}`}>
                <span className="jk-style-line">{t(lang, 'app.style.entryFrom', { line: term.origin.line })}</span> {term.forbidden}
                {term.preferred !== undefined && ` → ${term.preferred}`}
                {term.note !== undefined && <span className="jk-style-note"> # {term.note}</span>}
              </li>
            ))}
            {parsed.ignored.map((entry) => (
              <li key={`i${entry.origin.line}`}>
                <span className="jk-style-line">{t(lang, 'app.style.entryFrom', { line: entry.origin.line })}</span> {t(lang, 'app.style.ignoredEntry', { word: entry.word })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {parsed?.problems.map((problem) => (
        <p key={`p${problem.line}`} className="jk-style-problem" data-testid="style-problem">
          {styleProblemMessage(file.path, problem, lang)}
        </p>
      ))}
    </li>
  );
}
