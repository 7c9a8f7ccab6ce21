import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../core/i18n/messages';
import type { Lang } from '../core/i18n/lang';
import type { MenuCommand } from '../shared/api';

/** View menu of a packaged app: zoom and full screen, no reload and no DevTools. */
const PRODUCTION_VIEW: MenuItemConstructorOptions[] = [
  { role: 'resetZoom' },
  { role: 'zoomIn' },
  { role: 'zoomOut' },
  { type: 'separator' },
  { role: 'togglefullscreen' },
];

/**
 * The application menu. F8 / Shift+F8, Save and Find are shown but not registered as
 * accelerators: the renderer handles the keys itself, so the shortcut works the same in the browser tests.
 * DevTools (and reload) are in the View menu only in a development build: in a packaged app
 * they would let anyone at the desk run code with the app's privileges.
 */
export function appMenuTemplate(send: (command: MenuCommand) => () => void, lang: Lang, development: boolean): MenuItemConstructorOptions[] {
  return [
    {
      label: t(lang, 'shell.menuFile'),
      submenu: [
        { label: t(lang, 'shell.menuOpen'), accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: t(lang, 'shell.menuSave'), accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: send('save') },
        { label: t(lang, 'shell.menuSaveAs'), accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false, click: send('saveAs') },
        { type: 'separator' },
        { role: 'quit', label: t(lang, 'shell.menuQuit') },
      ],
    },
    {
      label: t(lang, 'shell.menuEdit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: t(lang, 'shell.menuFind'), accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: send('find') },
        { label: t(lang, 'shell.menuReplace'), accelerator: 'CmdOrCtrl+H', registerAccelerator: false, click: send('replace') },
      ],
    },
    {
      label: t(lang, 'shell.menuGo'),
      submenu: [
        { label: t(lang, 'shell.nextFinding'), accelerator: 'F8', registerAccelerator: false, click: send('nextFinding') },
        { label: t(lang, 'shell.previousFinding'), accelerator: 'Shift+F8', registerAccelerator: false, click: send('previousFinding') },
      ],
    },
    development ? { role: 'viewMenu', label: t(lang, 'shell.menuView') } : { label: t(lang, 'shell.menuView'), submenu: PRODUCTION_VIEW },
    { label: t(lang, 'shell.menuHelp'), submenu: [{ label: t(lang, 'shell.menuAbout'), click: send('about') }] },
  ];
}
