import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

interface CommandItem {
  label: string;
  accelerator?: string;
}

/**
 * The one list of app commands the native menu offers, with their shortcuts; the menu is built
 * from it, so a label and its shortcut cannot disagree. Keyed by MenuCommand, so a command added
 * to the contract fails type-checking here until it has a menu item.
 */
export const MENU_COMMAND_ITEMS: Readonly<Record<MenuCommand, CommandItem>> = {
  'new-workshop': { label: 'New Workshop', accelerator: 'CmdOrCtrl+N' },
  'import-workshop': { label: 'Import…', accelerator: 'CmdOrCtrl+O' },
  'export-workshop': { label: 'Export…', accelerator: 'CmdOrCtrl+E' },
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  'go-library': { label: 'Workshop Library' },
  'show-help': { label: 'User Guide', accelerator: 'F1' },
};

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds get no developer tools item. */
  isPackaged: boolean;
  /** Delivers a chosen command to the renderer. */
  sendCommand(command: MenuCommand): void;
}

/**
 * The native menu as a template (Electron's Menu.buildFromTemplate turns it into a menu).
 * Type-only Electron import, so the structure is unit-tested under Node.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (name: MenuCommand): MenuItemConstructorOptions => ({
    ...MENU_COMMAND_ITEMS[name],
    id: name,
    click: () => options.sendCommand(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('new-workshop'),
      separator,
      command('import-workshop'),
      command('export-workshop'),
      separator,
      // macOS quits from the app menu; its File menu closes the window instead.
      options.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('undo'),
      command('redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('go-library'),
      separator,
      { role: 'reload' },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      command('show-help'),
      ...(options.isMac ? [] : [separator, { role: 'about' } as const]),
    ],
  };
  return options.isMac
    ? [{ role: 'appMenu' }, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
