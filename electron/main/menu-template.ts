import type { MenuItemConstructorOptions } from 'electron';
import nl from '../../shared/i18n/nl.json';
import en from '../../shared/i18n/en.json';
import { COMMANDS, acceleratorOf, menuGroups, type CommandId, type CommandSpec, type MenuName } from '../../shared/commands';

export type MenuLanguage = 'nl' | 'en';

/**
 * Menu items are commands from the one command table (shared/commands), named by id; their places
 * and accelerators come from that table too, so the menu shows exactly the key the renderer listens to.
 */
const item = (id: CommandId, language: MenuLanguage, runCommand: (id: string) => void): MenuItemConstructorOptions => {
  const key = (COMMANDS[id] as CommandSpec).key;
  // The renderer handles these keys itself (with preventDefault); registering them with the OS as
  // well would run a command twice on Windows and Linux. macOS ignores the flag and routes key
  // equivalents the page did not consume through the menu, which runs the same command.
  return { id, label: menuLabel(id, language), ...(key ? { accelerator: acceleratorOf(key), registerAccelerator: false } : {}), click: () => runCommand(id) };
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The table's commands for one menu, groups split by separators. */
const commandsOf = (name: MenuName, language: MenuLanguage, runCommand: (id: string) => void): MenuItemConstructorOptions[] =>
  menuGroups(name).flatMap((ids, index) => [...(index > 0 ? [separator] : []), ...ids.map((id) => item(id, language, runCommand))]);

/** Words the command titles do not carry: menu headings and OS roles. */
const menuWords = {
  nl: { file: 'Bestand', edit: 'Bewerken', view: 'Beeld', help: 'Help', cut: 'Knippen', copy: 'Kopiëren', paste: 'Plakken', selectAll: 'Alles selecteren', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', resetZoom: 'Werkelijke grootte', fullScreen: 'Volledig scherm', devTools: 'Ontwikkelhulpmiddelen', about: 'Over Helder', quit: 'Helder afsluiten' },
  en: { file: 'File', edit: 'Edit', view: 'View', help: 'Help', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', fullScreen: 'Full screen', devTools: 'Developer tools', about: 'About Helder', quit: 'Quit Helder' },
} as const;

const commandTitles: Record<MenuLanguage, Record<string, string>> = { nl: nl.commands, en: en.commands };

/** The palette shows "Bestand: Nieuwe notitie"; inside the Bestand menu the prefix is redundant. */
export function menuLabel(id: string, language: MenuLanguage): string {
  const title = commandTitles[language][id] ?? commandTitles.nl[id] ?? id;
  const colon = title.indexOf(': ');
  return colon >= 0 ? title.slice(colon + 2) : title;
}

export interface MenuOptions {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  dev: boolean;
  runCommand(id: string): void;
}

export function buildMenuTemplate({ language, platform, dev, runCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const words = menuWords[language];
  const mac = platform === 'darwin';
  const redo = item('edit.redo', language, runCommand);
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu', label: 'Helder' });
  template.push(
    {
      label: words.file,
      submenu: [...commandsOf('file', language, runCommand), ...(mac ? [] : [separator, { role: 'quit' as const, label: words.quit }])],
    },
    {
      label: words.edit,
      submenu: [
        // Lexical keeps its own history; the roles reach it as historyUndo/historyRedo input events.
        { ...item('edit.undo', language, runCommand), click: undefined, role: 'undo' },
        { ...redo, click: undefined, role: 'redo', ...(mac ? { accelerator: 'Cmd+Shift+Z' } : {}) },
        separator,
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        { role: 'selectAll', label: words.selectAll },
      ],
    },
    {
      label: words.view,
      submenu: [
        ...commandsOf('view', language, runCommand),
        separator,
        { role: 'resetZoom', label: words.resetZoom },
        { role: 'zoomIn', label: words.zoomIn },
        { role: 'zoomOut', label: words.zoomOut },
        { role: 'togglefullscreen', label: words.fullScreen },
        ...(dev ? [separator, { role: 'toggleDevTools' as const, label: words.devTools }] : []),
      ],
    },
    { label: words.help, role: 'help', submenu: [{ role: 'about', label: words.about }] },
  );
  return template;
}
