import type { MenuItemConstructorOptions } from 'electron';
import nl from '../../shared/i18n/nl.json';
import en from '../../shared/i18n/en.json';

export type MenuLanguage = 'nl' | 'en';

/**
 * Menu items are commands from the renderer's registry, named by id. Accelerators are shown here
 * in Electron's notation and match the renderer's keybindings ("Mod" = Cmd on macOS, Ctrl elsewhere).
 */
interface CommandItem {
  id: string;
  accelerator?: string;
}

const fileMenu: CommandItem[] = [
  { id: 'file.newNote', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.openWerkmap', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.save', accelerator: 'CmdOrCtrl+S' },
  { id: 'file.flushAll' },
  { id: 'file.closeTab', accelerator: 'CmdOrCtrl+W' },
];

const viewMenu: CommandItem[] = [
  { id: 'workbench.commandPalette', accelerator: 'CmdOrCtrl+Shift+P' },
  { id: 'workbench.quickOpen', accelerator: 'CmdOrCtrl+P' },
  { id: 'workbench.toggleSideBar' },
  { id: 'workbench.togglePanel' },
  { id: 'theme.light' },
  { id: 'theme.dark' },
  { id: 'theme.highContrast' },
];

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
  // The renderer handles these keys itself (with preventDefault); registering them with the OS as
  // well would run a command twice on Windows and Linux. macOS ignores the flag and routes key
  // equivalents the page did not consume through the menu, which runs the same command.
  const item = ({ id, accelerator }: CommandItem): MenuItemConstructorOptions => ({
    id,
    label: menuLabel(id, language),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => runCommand(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const [newNote, openWerkmap, save, flushAll, closeTab] = fileMenu.map(item);
  const [palette, quickOpen, sideBar, panel, light, dark, highContrast] = viewMenu.map(item);

  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu', label: 'Helder' });
  template.push(
    {
      label: words.file,
      submenu: [newNote!, openWerkmap!, separator, save!, flushAll!, separator, closeTab!, ...(mac ? [] : [separator, { role: 'quit' as const, label: words.quit }])],
    },
    {
      label: words.edit,
      submenu: [
        // Lexical keeps its own history; the roles reach it as historyUndo/historyRedo input events.
        { role: 'undo', label: menuLabel('edit.undo', language), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { role: 'redo', label: menuLabel('edit.redo', language), accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', registerAccelerator: false },
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
        palette!,
        quickOpen!,
        separator,
        sideBar!,
        panel!,
        separator,
        light!,
        dark!,
        highContrast!,
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
