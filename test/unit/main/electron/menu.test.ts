import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../shared/ipc/contract';
import { MENU_COMMANDS } from '../../../../shared/ipc/contract';
import { MENU_COMMAND_ITEMS, menuTemplate } from '../../../../main/electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(options: { isMac?: boolean; isPackaged?: boolean } = {}) {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({
    isMac: options.isMac ?? false,
    isPackaged: options.isPackaged ?? true,
    sendCommand: (command) => sent.push(command),
  });
  return { items: flatten(template), template, sent };
}

describe('native menu', () => {
  it('offers every menu command exactly once', () => {
    const ids = build().items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('sends the chosen command to the renderer', () => {
    const { items, sent } = build();
    for (const item of items) {
      // Our click handlers ignore Electron's arguments (the item, window and event).
      if (item.id !== undefined) (item.click as (() => void) | undefined)?.();
    }
    expect(sent).toEqual(expect.arrayContaining([...MENU_COMMANDS]));
  });

  it('takes labels and shortcuts from the one command list', () => {
    for (const item of build().items.filter((entry) => entry.id !== undefined)) {
      const definition = MENU_COMMAND_ITEMS[item.id as MenuCommand];
      expect(item.label).toBe(definition.label);
      expect(item.accelerator).toBe(definition.accelerator);
    }
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = build().items.flatMap((item) =>
      typeof item.accelerator === 'string' ? [item.accelerator] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('uses the workshop shortcuts', () => {
    expect(MENU_COMMAND_ITEMS['new-workshop'].accelerator).toBe('CmdOrCtrl+N');
    expect(MENU_COMMAND_ITEMS['import-workshop'].accelerator).toBe('CmdOrCtrl+O');
    expect(MENU_COMMAND_ITEMS['export-workshop'].accelerator).toBe('CmdOrCtrl+E');
    expect(MENU_COMMAND_ITEMS.undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(MENU_COMMAND_ITEMS.redo.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('offers developer tools only outside packaged builds', () => {
    const roles = (isPackaged: boolean) => build({ isPackaged }).items.map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('keeps the clipboard, zoom and full-screen roles', () => {
    const roles = build().items.map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'quit',
        'about',
      ]),
    );
  });

  it('follows macOS conventions there', () => {
    const { template, items } = build({ isMac: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(items.map((item) => item.role)).toContain('windowMenu');
    expect(items.map((item) => item.role)).not.toContain('quit');
  });
});
