import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../src/main/appMenuTemplate';

/** Every role in a menu template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('the application menu', () => {
  const send = () => () => undefined;

  it('offers no DevTools or reload in a packaged app', () => {
    const production = roles(appMenuTemplate(send, 'zh', false));
    expect(production).not.toContain('viewMenu');
    expect(production).not.toContain('toggleDevTools');
    expect(production).not.toContain('reload');
    expect(production).toContain('togglefullscreen');
  });

  it('keeps the full View menu in a development build', () => {
    expect(roles(appMenuTemplate(send, 'zh', true))).toContain('viewMenu');
  });
});
