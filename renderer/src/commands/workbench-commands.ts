import type { WorkbenchController } from '../workbench/controller';
import type { CommandHandler } from './registry';
import { revealNextFinding } from '../features/checks/reveal';
import { SHOW_FINDING_COMMAND } from '../features/checks/editor/FindingHoverPlugin';
import { QUICK_FIX_COMMAND } from '../features/checks/editor/QuickFixPlugin';
import { EXPLAIN_TERM_COMMAND } from '../features/explain/TermExplanationsPlugin';

/** The built-in commands. Ids are stable: main's menu and user keybindings refer to them. */
export function workbenchCommands(wb: WorkbenchController): CommandHandler[] {
  const hasNote = () => wb.state.active !== null;
  const editable = () => hasNote() && !wb.activeTab()?.readOnly;
  const editor = () => wb.activeEditor();
  const hasChecks = () => wb.checks.activeSession() !== null;
  const isReviewCopy = () => wb.activeTab()?.reviewCopy === true;
  return [
    { id: 'file.newNote', run: () => wb.newNote() },
    { id: 'file.openWerkmap', run: () => wb.openWerkmap() },
    { id: 'file.save', when: editable, run: () => wb.saveRevision() },
    { id: 'file.flushAll', run: () => wb.flushAll() },
    { id: 'file.closeTab', when: hasNote, run: () => wb.closeTab() },
    { id: 'file.renameNote', when: hasNote, run: () => wb.renameNote() },
    { id: 'file.deleteNote', when: hasNote, run: () => wb.deleteNote() },
    { id: 'file.refreshWerkmap', run: () => wb.refreshWerkmap() },
    { id: 'workbench.commandPalette', run: () => wb.openOverlay('palette') },
    { id: 'workbench.quickOpen', run: () => wb.openOverlay('quickOpen') },
    { id: 'workbench.toggleSideBar', run: () => wb.toggleSideBar() },
    { id: 'workbench.togglePanel', run: () => wb.togglePanel() },
    { id: 'workbench.showExplorer', run: () => wb.showSideView('explorer') },
    { id: 'workbench.showSearch', run: () => wb.showSideView('search') },
    { id: 'workbench.showOutline', run: () => wb.showSideView('outline') },
    { id: 'workbench.showSettings', run: () => wb.showSideView('settings') },
    { id: 'workbench.showProblems', run: () => wb.showPanel('problems') },
    { id: 'workbench.showComments', run: () => wb.showPanel('comments') },
    { id: 'workbench.nextTab', run: () => wb.cycleTab(1) },
    { id: 'workbench.previousTab', run: () => wb.cycleTab(-1) },
    { id: 'workbench.moveTabLeft', when: hasNote, run: () => wb.moveActiveTab(-1) },
    { id: 'workbench.moveTabRight', when: hasNote, run: () => wb.moveActiveTab(1) },
    { id: 'theme.light', run: () => wb.updateSettings({ theme: 'light' }) },
    { id: 'theme.dark', run: () => wb.updateSettings({ theme: 'dark' }) },
    { id: 'theme.highContrast', run: () => wb.updateSettings({ theme: 'high-contrast' }) },
    { id: 'language.nl', run: () => wb.updateSettings({ language: 'nl' }) },
    { id: 'language.en', run: () => wb.updateSettings({ language: 'en' }) },
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
    { id: 'checks.showFinding', when: hasChecks, run: () => void editor()?.editor.dispatchCommand(SHOW_FINDING_COMMAND, undefined) },
    { id: 'checks.quickFix', when: hasChecks, run: () => void editor()?.editor.dispatchCommand(QUICK_FIX_COMMAND, undefined) },
    { id: 'checks.nextFinding', when: hasChecks, run: () => void revealNextFinding(wb.checks.activeSession()!, 1) },
    { id: 'checks.previousFinding', when: hasChecks, run: () => void revealNextFinding(wb.checks.activeSession()!, -1) },
    { id: 'checks.showReadability', run: () => wb.showPanel('readability') },
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
    // ---- comment layer (issue 6) ----
    { id: 'explain.showTerm', when: isReviewCopy, run: () => void editor()?.editor.dispatchCommand(EXPLAIN_TERM_COMMAND, undefined) },
    { id: 'comment.add', when: hasNote, run: () => wb.comments.addFromSelection() },
    { id: 'comment.next', when: hasNote, run: () => wb.comments.step(1) },
    { id: 'comment.previous', when: hasNote, run: () => wb.comments.step(-1) },
    { id: 'comment.toggleResolved', when: hasNote, run: () => wb.comments.toggleResolved() },
    { id: 'review.export', when: editable, run: () => wb.comments.exportReviewCopy() },
    { id: 'review.import', when: editable, run: () => wb.comments.importReview() },
    { id: 'comments.exportCsv', when: hasNote, run: () => wb.comments.exportTo('csv') },
    { id: 'comments.exportReport', when: hasNote, run: () => wb.comments.exportTo('html') },
    { id: 'comments.exportMarkdown', when: hasNote, run: () => wb.comments.exportTo('markdown') },
  ];
}
