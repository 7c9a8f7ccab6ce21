import { Menu, type BrowserWindow } from 'electron';
import type { Lang } from '../core/i18n/lang';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api';
import { appMenuTemplate } from './appMenuTemplate';

/** Installs the application menu (appMenuTemplate); its commands go to the window's renderer. */
export function installAppMenu(window: BrowserWindow, lang: Lang, development: boolean): void {
  const send = (command: MenuCommand) => () => window.webContents.send(MENU_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(send, lang, development)));
}
