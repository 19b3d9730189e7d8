import type { WorkbenchController } from './controller';
import type { CommandHandler } from '../commands/registry';

/** The workbench's own commands (notes, tabs, layout, editing); features register theirs. Keys and titles: shared/commands. */
export function workbenchCommands(wb: WorkbenchController): CommandHandler[] {
  const hasNote = () => wb.state.active !== null;
  const editable = () => hasNote() && !wb.activeTab()?.readOnly;
  const editor = () => wb.activeEditor();
  return [
    { id: 'file.newNote', run: () => wb.newNote() },
    { id: 'file.openWerkmap', run: () => wb.openWerkmap() },
    { id: 'file.save', when: editable, run: () => wb.saveRevision() },
    { id: 'file.flushAll', run: () => wb.flushAll() },
    { id: 'file.saveCopy', when: () => wb.activeTab()?.readOnlyReason != null, run: () => wb.saveCopy() },
    { id: 'file.closeTab', when: hasNote, run: () => wb.closeTab() },
    { id: 'file.renameNote', when: hasNote, run: () => wb.renameNote() },
    { id: 'file.deleteNote', when: hasNote, run: () => wb.deleteNote() },
    { id: 'file.refreshWerkmap', run: () => wb.refreshWerkmap() },
    { id: 'workbench.commandPalette', run: () => wb.openOverlay('palette') },
    { id: 'workbench.quickOpen', run: () => wb.openOverlay('quickOpen') },
    { id: 'workbench.toggleSideBar', run: () => wb.toggleSideBar() },
    { id: 'workbench.focusNextRegion', run: () => wb.focusRegion(1) },
    { id: 'workbench.focusPreviousRegion', run: () => wb.focusRegion(-1) },
    { id: 'workbench.togglePanel', run: () => wb.togglePanel() },
    { id: 'workbench.nextTab', run: () => wb.cycleTab(1) },
    { id: 'workbench.previousTab', run: () => wb.cycleTab(-1) },
    { id: 'workbench.moveTabLeft', when: hasNote, run: () => wb.moveActiveTab(-1) },
    { id: 'workbench.moveTabRight', when: hasNote, run: () => wb.moveActiveTab(1) },
    { id: 'edit.undo', when: editable, run: () => editor()?.undo() },
    { id: 'edit.redo', when: editable, run: () => editor()?.redo() },
    { id: 'format.bold', when: editable, run: () => editor()?.toggleBold() },
    { id: 'format.italic', when: editable, run: () => editor()?.toggleItalic() },
    { id: 'format.paragraph', when: editable, run: () => editor()?.setBlock('paragraph') },
    { id: 'format.h1', when: editable, run: () => editor()?.setBlock('h1') },
    { id: 'format.h2', when: editable, run: () => editor()?.setBlock('h2') },
    { id: 'format.h3', when: editable, run: () => editor()?.setBlock('h3') },
    { id: 'format.bulletList', when: editable, run: () => editor()?.setBlock('bullet') },
    { id: 'format.numberedList', when: editable, run: () => editor()?.setBlock('number') },
    {
      id: 'format.link',
     
     
      when: editable,
      run: async () => {
        const handle = editor();
        const url = await wb.prompt(wb.t('commands.format.linkPrompt'), 'https://');
        if (url === null || !handle) return;
        handle.toggleLink(url.trim() === '' || url.trim() === 'https://' ? null : url.trim());
      },
    },
  ];
}
