/**
 * The one table of commands: id, title (i18n key), default key and place in the application menu.
 * The renderer's palette and key handling and main's menu accelerators both read it, so a key can
 * only be changed in one place. Features register what a command does (run, when) by id.
 *
 * Keys are written as in VS Code ("Mod+Shift+P"); "Mod" is Cmd on macOS and Ctrl elsewhere.
 */
export type MenuName = 'file' | 'view';

export interface CommandSpec {
  /** i18n key of the title shown in the palette and menus. */
  title: string;
  key?: string;
  /** Keys the editor already handles itself (Ctrl+B, Ctrl+Z): shown, but not intercepted there. */
  editorHandlesKey?: boolean;
  /** Menu and group (a separator between groups); order inside a group is the table's order. */
  menu?: { name: MenuName; group: number };
}

const spec = <T extends Record<string, CommandSpec>>(table: T) => table;

export const COMMANDS = spec({
  'file.newNote': { title: 'commands.file.newNote', key: 'Mod+Alt+N', menu: { name: 'file', group: 1 } },
  'file.openWerkmap': { title: 'commands.file.openWerkmap', key: 'Mod+O', menu: { name: 'file', group: 1 } },
  'file.save': { title: 'commands.file.save', key: 'Mod+S', menu: { name: 'file', group: 2 } },
  'file.flushAll': { title: 'commands.file.flushAll', menu: { name: 'file', group: 2 } },
  'file.saveCopy': { title: 'commands.file.saveCopy' },
  'file.closeTab': { title: 'commands.file.closeTab', key: 'Mod+W', menu: { name: 'file', group: 3 } },
  'file.renameNote': { title: 'commands.file.renameNote', key: 'F2' },
  'file.deleteNote': { title: 'commands.file.deleteNote' },
  'file.refreshWerkmap': { title: 'commands.file.refreshWerkmap' },
  'workbench.commandPalette': { title: 'commands.workbench.commandPalette', key: 'Mod+Shift+P', menu: { name: 'view', group: 1 } },
  'workbench.quickOpen': { title: 'commands.workbench.quickOpen', key: 'Mod+P', menu: { name: 'view', group: 1 } },
  'workbench.toggleSideBar': { title: 'commands.workbench.toggleSideBar', key: 'Mod+Alt+B', menu: { name: 'view', group: 2 } },
  'workbench.togglePanel': { title: 'commands.workbench.togglePanel', key: 'Mod+J', menu: { name: 'view', group: 2 } },
  'workbench.focusNextRegion': { title: 'commands.workbench.focusNextRegion', key: 'F6' },
  'workbench.focusPreviousRegion': { title: 'commands.workbench.focusPreviousRegion', key: 'Shift+F6' },
  'workbench.showExplorer': { title: 'commands.workbench.showExplorer', key: 'Mod+Shift+E' },
  'workbench.showSearch': { title: 'commands.workbench.showSearch', key: 'Mod+Shift+F' },
  'workbench.showOutline': { title: 'commands.workbench.showOutline', key: 'Mod+Shift+O' },
  'workbench.showSettings': { title: 'commands.workbench.showSettings', key: 'Mod+,' },
  'workbench.showProblems': { title: 'commands.workbench.showProblems', key: 'Mod+Shift+M' },
  'workbench.showComments': { title: 'commands.workbench.showComments', key: 'Mod+Shift+Y' },
  'workbench.showLegend': { title: 'commands.workbench.showLegend' },
  'workbench.showWelcome': { title: 'commands.workbench.showWelcome' },
  'workbench.nextTab': { title: 'commands.workbench.nextTab', key: 'Ctrl+PageDown' },
  'workbench.previousTab': { title: 'commands.workbench.previousTab', key: 'Ctrl+PageUp' },
  'workbench.moveTabLeft': { title: 'commands.workbench.moveTabLeft', key: 'Ctrl+Shift+PageUp' },
  'workbench.moveTabRight': { title: 'commands.workbench.moveTabRight', key: 'Ctrl+Shift+PageDown' },
  'theme.light': { title: 'commands.theme.light', menu: { name: 'view', group: 3 } },
  'theme.dark': { title: 'commands.theme.dark', menu: { name: 'view', group: 3 } },
  'theme.highContrast': { title: 'commands.theme.highContrast', menu: { name: 'view', group: 3 } },
  'language.nl': { title: 'commands.language.nl' },
  'language.en': { title: 'commands.language.en' },
  'edit.undo': { title: 'commands.edit.undo', key: 'Mod+Z', editorHandlesKey: true },
  'edit.redo': { title: 'commands.edit.redo', key: 'Mod+Y', editorHandlesKey: true },
  'format.bold': { title: 'commands.format.bold', key: 'Mod+B', editorHandlesKey: true },
  'format.italic': { title: 'commands.format.italic', key: 'Mod+I', editorHandlesKey: true },
  'format.paragraph': { title: 'commands.format.paragraph', key: 'Mod+Alt+0' },
  'format.h1': { title: 'commands.format.h1', key: 'Mod+Alt+1' },
  'format.h2': { title: 'commands.format.h2', key: 'Mod+Alt+2' },
  'format.h3': { title: 'commands.format.h3', key: 'Mod+Alt+3' },
  'format.bulletList': { title: 'commands.format.bulletList', key: 'Mod+Shift+8' },
  'format.numberedList': { title: 'commands.format.numberedList', key: 'Mod+Shift+7' },
  'format.link': { title: 'commands.format.link', key: 'Mod+K' },
  'checks.showFinding': { title: 'checks.commands.showFinding', key: 'Alt+F8' },
  'checks.quickFix': { title: 'checks.commands.quickFix', key: 'Mod+.', editorHandlesKey: true },
  'checks.nextFinding': { title: 'checks.commands.nextFinding', key: 'F8' },
  'checks.previousFinding': { title: 'checks.commands.previousFinding', key: 'Shift+F8' },
  'checks.showReadability': { title: 'checks.commands.showReadability' },
  'checks.toggleAll': { title: 'checks.commands.toggleAll', key: 'Mod+Alt+C' },
  'checks.toggleFocus': { title: 'checks.commands.toggleFocus', key: 'Mod+Alt+F' },
  'explain.showTerm': { title: 'explain.commands.showTerm', key: 'Alt+F1' },
  'comment.add': { title: 'commands.comment.add', key: 'Mod+Alt+M' },
  'comment.adviseFinding': { title: 'commands.comment.adviseFinding', key: 'Mod+Alt+A' },
  'comment.adviseSentence': { title: 'commands.comment.adviseSentence', key: 'Mod+Alt+Z' },
  'comment.next': { title: 'commands.comment.next', key: 'Alt+F9' },
  'comment.previous': { title: 'commands.comment.previous', key: 'Shift+Alt+F9' },
  'comment.toggleResolved': { title: 'commands.comment.toggleResolved' },
  'review.export': { title: 'commands.review.export' },
  'review.import': { title: 'commands.review.import' },
  'notUnderstood.mark': { title: 'commands.notUnderstood.mark', key: 'Mod+Alt+U' },
  'notUnderstood.show': { title: 'commands.notUnderstood.show' },
  'checks.reloadWordLists': { title: 'checks.commands.reloadWordLists' },
  'comments.exportCsv': { title: 'commands.comments.exportCsv' },
  'comments.exportReport': { title: 'commands.comments.exportReport' },
  'comments.exportMarkdown': { title: 'commands.comments.exportMarkdown' },
  'comments.reload': { title: 'commands.comments.reload' },
  'paper.make': { title: 'commands.paper.make' },
  'paper.enter': { title: 'commands.paper.enter' },
  'panel.summary': { title: 'commands.panel.summary' },
  'versions.show': { title: 'commands.versions.show', key: 'Mod+Alt+V', menu: { name: 'view', group: 4 } },
  'versions.compareLatest': { title: 'commands.versions.compareLatest' },
  'versions.undoRestore': { title: 'commands.versions.undoRestore' },
  'report.show': { title: 'commands.report.show', key: 'Mod+Alt+R', menu: { name: 'view', group: 4 } },
  'report.exportHtml': { title: 'commands.report.exportHtml' },
  'report.exportPdf': { title: 'commands.report.exportPdf' },
  'document.import': { title: 'commands.document.import', menu: { name: 'file', group: 4 } },
  'document.exportDocx': { title: 'commands.document.exportDocx', menu: { name: 'file', group: 4 } },
  'document.exportDocxComments': { title: 'commands.document.exportDocxComments' },
  'document.exportPdf': { title: 'commands.document.exportPdf', menu: { name: 'file', group: 4 } },
  'document.exportPdfTitlePage': { title: 'commands.document.exportPdfTitlePage' },
  'document.exportMarkdown': { title: 'commands.document.exportMarkdown' },
  'document.exportText': { title: 'commands.document.exportText' },
  'document.print': { title: 'commands.document.print', menu: { name: 'file', group: 5 } },
});

export type CommandId = keyof typeof COMMANDS;

export const isCommandId = (id: string): id is CommandId => Object.hasOwn(COMMANDS, id);

/** The key in Electron's accelerator notation ("Mod+Alt+N" becomes "CmdOrCtrl+Alt+N"). */
export function acceleratorOf(key: string): string {
  return key
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+');
}

/** The menu's command ids in order, one inner list per group. */
export function menuGroups(name: MenuName): CommandId[][] {
  const groups = new Map<number, CommandId[]>();
  for (const [id, command] of Object.entries(COMMANDS) as [CommandId, CommandSpec][]) {
    if (command.menu?.name !== name) continue;
    groups.set(command.menu.group, [...(groups.get(command.menu.group) ?? []), id]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids);
}
