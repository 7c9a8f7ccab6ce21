import { openSearchPanel, search, searchKeymap, searchPanelOpen } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import type { Lang } from '../../core/i18n/lang';

/** @codemirror/search's phrases in Chinese, as WPS and Word name them. */
const ZH_PHRASES: Record<string, string> = {
  Find: '查找',
  Replace: '替换为',
  next: '下一个',
  previous: '上一个',
  all: '全部',
  'match case': '区分大小写',
  regexp: '正则表达式',
  'by word': '全字匹配',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前匹配',
  'on line': '位于第几行：',
  'replaced match on line $': '已替换第 $ 行的匹配',
  'replaced $ matches': '已替换 $ 处',
  'Go to line': '转到行',
  go: '转到',
};

/** The find-and-replace panel's phrases for the interface language (English is the library's own). */
export function findReplacePhrases(lang: Lang): Extension {
  return lang === 'zh' ? EditorState.phrases.of(ZH_PHRASES) : [];
}

/**
 * Find and replace (Ctrl+F, Ctrl+H): the panel at the top of the editor, with match case,
 * whole word and regular expressions; 全部替换 is one transaction, so one undo takes it back.
 */
export function findReplace(): Extension {
  return [search({ top: true }), keymap.of([{ key: 'Mod-h', run: (view) => openFind(view, 'replace') }, ...searchKeymap])];
}

/** Opens the panel with the keyboard in its find or its replace field. */
export function openFind(view: EditorView, field: 'search' | 'replace'): boolean {
  if (!searchPanelOpen(view.state)) openSearchPanel(view);
  const input = view.dom.querySelector<HTMLInputElement>(`.cm-search input[name=${field}]`);
  input?.focus();
  input?.select();
  return true;
}
