import type { WorkbenchController } from '../workbench/controller';
import type { Command } from './registry';
import { revealNextFinding } from '../checks/reveal';
import { SHOW_FINDING_COMMAND } from '../editor/plugins/FindingHoverPlugin';
import { QUICK_FIX_COMMAND } from '../editor/plugins/QuickFixPlugin';
import { EXPLAIN_TERM_COMMAND } from '../editor/plugins/TermExplanationsPlugin';
import { versionCommands } from '../features/versions/commands';

/** The built-in commands. Ids are stable: main's menu and user keybindings refer to them. */
export function workbenchCommands(wb: WorkbenchController): Command[] {
  const hasNote = () => wb.state.active !== null;
  const editable = () => hasNote() && !wb.activeTab()?.readOnly;
  const editor = () => wb.activeEditor();
  const hasChecks = () => wb.checks.activeSession() !== null;
  const isReviewCopy = () => wb.activeTab()?.reviewCopy === true;
  return [
    { id: 'file.newNote', title: 'commands.file.newNote', keybinding: 'Mod+Alt+N', run: () => wb.newNote() },
    { id: 'file.openWerkmap', title: 'commands.file.openWerkmap', keybinding: 'Mod+O', run: () => wb.openWerkmap() },
    { id: 'file.save', title: 'commands.file.save', keybinding: 'Mod+S', when: editable, run: () => wb.saveRevision() },
    { id: 'file.flushAll', title: 'commands.file.flushAll', run: () => wb.flushAll() },
    { id: 'file.saveCopy', title: 'commands.file.saveCopy', when: () => wb.activeTab()?.readOnlyReason != null, run: () => wb.saveCopy() },
    { id: 'file.closeTab', title: 'commands.file.closeTab', keybinding: 'Mod+W', when: hasNote, run: () => wb.closeTab() },
    { id: 'file.renameNote', title: 'commands.file.renameNote', keybinding: 'F2', when: hasNote, run: () => wb.renameNote() },
    { id: 'file.deleteNote', title: 'commands.file.deleteNote', when: hasNote, run: () => wb.deleteNote() },
    { id: 'file.refreshWerkmap', title: 'commands.file.refreshWerkmap', run: () => wb.refreshWerkmap() },
    { id: 'workbench.commandPalette', title: 'commands.workbench.commandPalette', keybinding: 'Mod+Shift+P', run: () => wb.openOverlay('palette') },
    { id: 'workbench.quickOpen', title: 'commands.workbench.quickOpen', keybinding: 'Mod+P', run: () => wb.openOverlay('quickOpen') },
    { id: 'workbench.toggleSideBar', title: 'commands.workbench.toggleSideBar', keybinding: 'Mod+Alt+B', run: () => wb.toggleSideBar() },
    { id: 'workbench.togglePanel', title: 'commands.workbench.togglePanel', keybinding: 'Mod+J', run: () => wb.togglePanel() },
    { id: 'workbench.showExplorer', title: 'commands.workbench.showExplorer', keybinding: 'Mod+Shift+E', run: () => wb.showSideView('explorer') },
    { id: 'workbench.showSearch', title: 'commands.workbench.showSearch', keybinding: 'Mod+Shift+F', run: () => wb.showSideView('search') },
    { id: 'workbench.showOutline', title: 'commands.workbench.showOutline', keybinding: 'Mod+Shift+O', run: () => wb.showSideView('outline') },
    { id: 'workbench.showSettings', title: 'commands.workbench.showSettings', keybinding: 'Mod+,', run: () => wb.showSideView('settings') },
    { id: 'workbench.showProblems', title: 'commands.workbench.showProblems', keybinding: 'Mod+Shift+M', run: () => wb.showPanel('problems') },
    { id: 'workbench.showComments', title: 'commands.workbench.showComments', run: () => wb.showPanel('comments') },
    { id: 'workbench.nextTab', title: 'commands.workbench.nextTab', keybinding: 'Ctrl+PageDown', run: () => wb.cycleTab(1) },
    { id: 'workbench.previousTab', title: 'commands.workbench.previousTab', keybinding: 'Ctrl+PageUp', run: () => wb.cycleTab(-1) },
    { id: 'workbench.moveTabLeft', title: 'commands.workbench.moveTabLeft', keybinding: 'Ctrl+Shift+PageUp', when: hasNote, run: () => wb.moveActiveTab(-1) },
    { id: 'workbench.moveTabRight', title: 'commands.workbench.moveTabRight', keybinding: 'Ctrl+Shift+PageDown', when: hasNote, run: () => wb.moveActiveTab(1) },
    { id: 'theme.light', title: 'commands.theme.light', run: () => wb.updateSettings({ theme: 'light' }) },
    { id: 'theme.dark', title: 'commands.theme.dark', run: () => wb.updateSettings({ theme: 'dark' }) },
    { id: 'theme.highContrast', title: 'commands.theme.highContrast', run: () => wb.updateSettings({ theme: 'high-contrast' }) },
    { id: 'language.nl', title: 'commands.language.nl', run: () => wb.updateSettings({ language: 'nl' }) },
    { id: 'language.en', title: 'commands.language.en', run: () => wb.updateSettings({ language: 'en' }) },
    { id: 'edit.undo', title: 'commands.edit.undo', keybinding: 'Mod+Z', editorHandlesKey: true, when: editable, run: () => editor()?.undo() },
    { id: 'edit.redo', title: 'commands.edit.redo', keybinding: 'Mod+Y', editorHandlesKey: true, when: editable, run: () => editor()?.redo() },
    { id: 'format.bold', title: 'commands.format.bold', keybinding: 'Mod+B', editorHandlesKey: true, when: editable, run: () => editor()?.toggleBold() },
    { id: 'format.italic', title: 'commands.format.italic', keybinding: 'Mod+I', editorHandlesKey: true, when: editable, run: () => editor()?.toggleItalic() },
    { id: 'format.paragraph', title: 'commands.format.paragraph', keybinding: 'Mod+Alt+0', when: editable, run: () => editor()?.setBlock('paragraph') },
    { id: 'format.h1', title: 'commands.format.h1', keybinding: 'Mod+Alt+1', when: editable, run: () => editor()?.setBlock('h1') },
    { id: 'format.h2', title: 'commands.format.h2', keybinding: 'Mod+Alt+2', when: editable, run: () => editor()?.setBlock('h2') },
    { id: 'format.h3', title: 'commands.format.h3', keybinding: 'Mod+Alt+3', when: editable, run: () => editor()?.setBlock('h3') },
    { id: 'format.bulletList', title: 'commands.format.bulletList', keybinding: 'Mod+Shift+8', when: editable, run: () => editor()?.setBlock('bullet') },
    { id: 'format.numberedList', title: 'commands.format.numberedList', keybinding: 'Mod+Shift+7', when: editable, run: () => editor()?.setBlock('number') },
    { id: 'checks.showFinding', title: 'checks.commands.showFinding', keybinding: 'Alt+F8', when: hasChecks, run: () => void editor()?.editor.dispatchCommand(SHOW_FINDING_COMMAND, undefined) },
    { id: 'checks.quickFix', title: 'checks.commands.quickFix', keybinding: 'Mod+.', editorHandlesKey: true, when: hasChecks, run: () => void editor()?.editor.dispatchCommand(QUICK_FIX_COMMAND, undefined) },
    { id: 'checks.nextFinding', title: 'checks.commands.nextFinding', keybinding: 'F8', when: hasChecks, run: () => void revealNextFinding(wb.checks.activeSession()!, 1) },
    { id: 'checks.previousFinding', title: 'checks.commands.previousFinding', keybinding: 'Shift+F8', when: hasChecks, run: () => void revealNextFinding(wb.checks.activeSession()!, -1) },
    { id: 'checks.showReadability', title: 'checks.commands.showReadability', run: () => wb.showPanel('readability') },
    {
      id: 'format.link',
      title: 'commands.format.link',
      keybinding: 'Mod+K',
      when: editable,
      run: async () => {
        const handle = editor();
        const url = await wb.prompt(wb.t('commands.format.linkPrompt'), 'https://');
        if (url === null || !handle) return;
        handle.toggleLink(url.trim() === '' || url.trim() === 'https://' ? null : url.trim());
      },
    },
    // ---- comment layer (issue 6) ----
    { id: 'explain.showTerm', title: 'explain.commands.showTerm', keybinding: 'Alt+F1', when: isReviewCopy, run: () => void editor()?.editor.dispatchCommand(EXPLAIN_TERM_COMMAND, undefined) },
    { id: 'comment.add', title: 'commands.comment.add', keybinding: 'Mod+Alt+M', when: hasNote, run: () => wb.comments.addFromSelection() },
    { id: 'comment.next', title: 'commands.comment.next', keybinding: 'Alt+F9', when: hasNote, run: () => wb.comments.step(1) },
    { id: 'comment.previous', title: 'commands.comment.previous', keybinding: 'Shift+Alt+F9', when: hasNote, run: () => wb.comments.step(-1) },
    { id: 'comment.toggleResolved', title: 'commands.comment.toggleResolved', when: hasNote, run: () => wb.comments.toggleResolved() },
    { id: 'review.export', title: 'commands.review.export', when: editable, run: () => wb.comments.exportReviewCopy() },
    { id: 'review.import', title: 'commands.review.import', when: editable, run: () => wb.comments.importReview() },
    { id: 'comments.exportCsv', title: 'commands.comments.exportCsv', when: hasNote, run: () => wb.comments.exportTo('csv') },
    { id: 'comments.exportReport', title: 'commands.comments.exportReport', when: hasNote, run: () => wb.comments.exportTo('html') },
    { id: 'comments.exportMarkdown', title: 'commands.comments.exportMarkdown', when: hasNote, run: () => wb.comments.exportTo('markdown') },
    ...versionCommands(wb),
  ];
}
