import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import nl from '../../../shared/i18n/nl.json';
import en from '../../../shared/i18n/en.json';
import { buildMenuTemplate, menuLabel } from '../../../electron/main/menu-template';
import { acceleratorOf, isCommandId, type CommandId } from '../../../shared/commands';
import { CommandRegistry } from '../../../renderer/src/commands/registry';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const commandItems = (items: MenuItemConstructorOptions[]) => flatten(items).filter((item) => item.id !== undefined);

describe('application menu', () => {
  const options = { language: 'nl' as const, platform: 'linux' as const, dev: false, runCommand: () => {} };

  it('only names commands that exist in both languages', () => {
    for (const item of commandItems(buildMenuTemplate(options))) {
      expect(Object.keys(nl.commands), item.id).toContain(item.id);
      expect(Object.keys(en.commands), item.id).toContain(item.id);
    }
  });

  it('runs the command by id when clicked', () => {
    const runCommand = vi.fn();
    const save = commandItems(buildMenuTemplate({ ...options, runCommand })).find((item) => item.id === 'file.save');
    (save?.click as () => void)();
    expect(runCommand).toHaveBeenCalledWith('file.save');
  });

  it('shows the keys the workbench uses, without taking them away from the page', () => {
    const items = commandItems(buildMenuTemplate(options));
    const keys = Object.fromEntries(items.filter((item) => item.accelerator).map((item) => [item.id, item.accelerator]));
    expect(keys).toMatchObject({
      'file.newNote': 'CmdOrCtrl+Alt+N',
      'file.openWerkmap': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.closeTab': 'CmdOrCtrl+W',
      'workbench.commandPalette': 'CmdOrCtrl+Shift+P',
      'workbench.quickOpen': 'CmdOrCtrl+P',
    });
    for (const item of items.filter((entry) => entry.accelerator)) expect(item.registerAccelerator, item.id).toBe(false);
  });

  it('drops the palette category from labels inside a menu, in the chosen language', () => {
    expect(nl.commands['file.newNote']).toContain(':');
    expect(menuLabel('file.newNote', 'nl')).toBe(nl.commands['file.newNote'].split(': ')[1]);
    expect(menuLabel('file.newNote', 'en')).toBe(en.commands['file.newNote'].split(': ')[1]);
    expect(buildMenuTemplate({ ...options, language: 'en' }).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('offers developer tools only when running from source', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate({ ...options, dev })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS and Quit in Bestand elsewhere', () => {
    expect(buildMenuTemplate({ ...options, platform: 'darwin' })[0]?.role).toBe('appMenu');
    const file = buildMenuTemplate(options)[0];
    expect(flatten([file!]).some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('one command table for menu and palette', () => {
  const options = { language: 'nl' as const, platform: 'linux' as const, dev: false, runCommand: () => {} };

  it('shows in the menu the very key the palette lists and the renderer listens to', () => {
    const registry = new CommandRegistry();
    const items = commandItems(buildMenuTemplate(options)).filter((item) => item.id && isCommandId(item.id));
    expect(items.length).toBeGreaterThan(8);
    for (const item of items) {
      registry.register({ id: item.id as CommandId, run: () => undefined });
      const key = registry.keybindingOf(item.id!);
      expect(item.accelerator, item.id).toBe(key ? acceleratorOf(key) : undefined);
    }
  });

  it('shows Ctrl+Alt+N for a new note, the key the workbench listens to (not Ctrl+N)', () => {
    const newNote = commandItems(buildMenuTemplate(options)).find((item) => item.id === 'file.newNote');
    expect(newNote?.accelerator).toBe('CmdOrCtrl+Alt+N');
    const registry = new CommandRegistry();
    registry.register({ id: 'file.newNote', run: () => undefined });
    const ctrlAltN = { code: 'KeyN', key: 'n', ctrlKey: true, altKey: true, shiftKey: false, metaKey: false } as KeyboardEvent;
    expect(registry.commandForKey(ctrlAltN, false)?.id).toBe('file.newNote');
  });
});
