// The versions feature (issue 14): the Versies view (list, compare, restore, trend), the
// Leesbaarheidsrapport, and documents in and out (Word, Markdown, text, PDF, print).
import { provide } from '../../base/provide';
import type { Feature } from '../../workbench/feature';
import { VersionsContext } from './context';
import { ReportView } from './ReportView';
import { VersionsController } from './versions-controller';
import { VersionsView } from './VersionsView';

export const feature: Feature = {
  id: 'versions',
  activate(wb, { commands, contributions }) {
    const versions = new VersionsController(wb);
    const hasNote = () => wb.state.active !== null;
    const editable = () => hasNote() && !wb.activeTab()?.readOnly;
    contributions.views.add({ id: 'versions', title: 'versions.title', locations: ['panel'], order: 62, component: provide(VersionsContext, versions, VersionsView) });
    contributions.views.add({ id: 'report', title: 'report.title', locations: ['panel'], order: 64, component: provide(VersionsContext, versions, ReportView) });
    commands.registerAll([
      { id: 'versions.show', when: hasNote, run: () => versions.show() },
      { id: 'versions.compareLatest', when: hasNote, run: () => versions.compareLatest() },
      { id: 'versions.undoRestore', when: () => editable() && versions.canUndoRestore(), run: () => versions.undoRestore() },
      { id: 'report.show', when: hasNote, run: () => versions.showReport() },
      { id: 'report.exportHtml', when: hasNote, run: () => versions.exportReport('html') },
      { id: 'report.exportPdf', when: hasNote, run: () => versions.exportReport('pdf') },
      { id: 'document.import', run: () => versions.importDocument() },
      { id: 'document.exportDocx', when: hasNote, run: () => versions.exportDocument('docx') },
      { id: 'document.exportDocxComments', when: hasNote, run: () => versions.exportDocument('docx', { comments: true }) },
      { id: 'document.exportPdf', when: hasNote, run: () => versions.exportDocument('pdf') },
      { id: 'document.exportPdfTitlePage', when: hasNote, run: () => versions.exportDocument('pdf', { titlePage: true }) },
      { id: 'document.exportMarkdown', when: hasNote, run: () => versions.exportDocument('markdown') },
      { id: 'document.exportText', when: hasNote, run: () => versions.exportDocument('text') },
      { id: 'document.print', when: hasNote, run: () => window.print() },
    ]);
  },
};
