import { dialog, type BrowserWindow } from 'electron';
import { t } from '../core/i18n/messages';
import type { Lang } from '../core/i18n/lang';
import type { ExportFormat } from '../core/draftFile';
import type { ReviewReportFormat } from '../shared/api';

/** File → Open, owned by main (as Zettlr does), modal to the editor window. */
export async function askOpenFile(window: BrowserWindow | null, lang: Lang): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: t(lang, 'shell.openDialogTitle'),
    properties: ['openFile'],
    filters: [
      { name: t(lang, 'shell.openDialogDrafts'), extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'doc', 'wps', 'rtf', 'odt', 'pdf'] },
      { name: t(lang, 'shell.openDialogAll'), extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** 来源核对 → 添加来源文件…: the documents a draft was written from, several at once. */
export async function askOpenSources(window: BrowserWindow | null, lang: Lang): Promise<string[]> {
  const options: Electron.OpenDialogOptions = {
    title: t(lang, 'app.sources.addDialogTitle'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: t(lang, 'app.sources.addDialogFiles'), extensions: ['pdf', 'docx', 'doc', 'wps', 'rtf', 'odt', 'html', 'htm', 'txt', 'md'] },
      { name: t(lang, 'shell.openDialogAll'), extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** Settings → 添加用语表…: a style file is plain text. */
export async function askOpenStyleFile(window: BrowserWindow | null, lang: Lang): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: t(lang, 'app.style.addDialogTitle'),
    properties: ['openFile'],
    filters: [
      { name: t(lang, 'app.style.addDialogFiles'), extensions: ['txt'] },
      { name: t(lang, 'shell.openDialogAll'), extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Export…: a save dialog proposing a name beside the draft. */
export async function askSavePath(window: BrowserWindow | null, lang: Lang, defaultPath: string, format: ExportFormat | ReviewReportFormat): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: t(lang, 'shell.exportDialogTitle'),
    defaultPath,
    filters: [{ name: format.toUpperCase(), extensions: [format] }],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Save As: a draft is written as text (.txt, .md) or as a document (.docx, .html). */
export async function askSaveDraftPath(window: BrowserWindow | null, lang: Lang, defaultPath: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: t(lang, 'app.save.saveAsTitle'),
    defaultPath,
    filters: [
      { name: t(lang, 'app.save.filterText'), extensions: ['txt', 'md'] },
      { name: 'Word', extensions: ['docx'] },
      { name: 'HTML', extensions: ['html'] },
    ],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
