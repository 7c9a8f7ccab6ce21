import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { t } from '../core/i18n/messages';
import type { Lang } from '../core/i18n/lang';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api';

/**
 * The application menu. F8 / Shift+F8 are shown but not registered as accelerators: the
 * renderer handles the keys itself, so the shortcut works the same in the browser tests.
 */
export function installAppMenu(window: BrowserWindow, lang: Lang): void {
  const send = (command: MenuCommand) => () => window.webContents.send(MENU_CHANNEL, command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t(lang, 'shell.menuFile'),
      submenu: [
        { label: t(lang, 'shell.menuOpen'), accelerator: 'CmdOrCtrl+O', click: send('open') },
        { type: 'separator' },
        { role: 'quit', label: t(lang, 'shell.menuQuit') },
      ],
    },
    { role: 'editMenu', label: t(lang, 'shell.menuEdit') },
    {
      label: t(lang, 'shell.menuGo'),
      submenu: [
        { label: t(lang, 'shell.nextFinding'), accelerator: 'F8', registerAccelerator: false, click: send('nextFinding') },
        { label: t(lang, 'shell.previousFinding'), accelerator: 'Shift+F8', registerAccelerator: false, click: send('previousFinding') },
      ],
    },
    { role: 'viewMenu', label: t(lang, 'shell.menuView') },
    { label: t(lang, 'shell.menuHelp'), submenu: [{ label: t(lang, 'shell.menuAbout'), click: send('about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
