import type { Command } from '../../commands/registry';
import type { WorkbenchController } from '../../workbench/controller';

/** Versions, the report, and documents in and out: every action the views offer, by id. */
export function versionCommands(wb: WorkbenchController): Command[] {
  const hasNote = () => wb.state.active !== null;
  const editable = () => hasNote() && !wb.activeTab()?.readOnly;
  const v = wb.versions;
  return [
    { id: 'versions.show', title: 'commands.versions.show', keybinding: 'Mod+Alt+V', when: hasNote, run: () => v.show() },
    { id: 'versions.compareLatest', title: 'commands.versions.compareLatest', when: hasNote, run: () => v.compareLatest() },
    { id: 'versions.undoRestore', title: 'commands.versions.undoRestore', when: () => editable() && v.canUndoRestore(), run: () => v.undoRestore() },
    { id: 'report.show', title: 'commands.report.show', keybinding: 'Mod+Alt+R', when: hasNote, run: () => v.showReport() },
    { id: 'report.exportHtml', title: 'commands.report.exportHtml', when: hasNote, run: () => v.exportReport('html') },
    { id: 'report.exportPdf', title: 'commands.report.exportPdf', when: hasNote, run: () => v.exportReport('pdf') },
    { id: 'document.import', title: 'commands.document.import', run: () => v.importDocument() },
    { id: 'document.exportDocx', title: 'commands.document.exportDocx', when: hasNote, run: () => v.exportDocument('docx') },
    { id: 'document.exportDocxComments', title: 'commands.document.exportDocxComments', when: hasNote, run: () => v.exportDocument('docx', { comments: true }) },
    { id: 'document.exportPdf', title: 'commands.document.exportPdf', when: hasNote, run: () => v.exportDocument('pdf') },
    { id: 'document.exportPdfTitlePage', title: 'commands.document.exportPdfTitlePage', when: hasNote, run: () => v.exportDocument('pdf', { titlePage: true }) },
    { id: 'document.exportMarkdown', title: 'commands.document.exportMarkdown', when: hasNote, run: () => v.exportDocument('markdown') },
    { id: 'document.exportText', title: 'commands.document.exportText', when: hasNote, run: () => v.exportDocument('text') },
    { id: 'document.print', title: 'commands.document.print', when: hasNote, run: () => window.print() },
  ];
}
