// The paper round of a resident panel (issue 15): a printable packet with numbered lines, the
// returned paper comments typed back by page and line, and the panel summary.
import { provide } from '../../base/provide';
import type { Feature } from '../../workbench/feature';
import { PaperContext } from './context';
import { PaperController } from './paper-controller';
import { PaperDialogs } from './PaperDialogs';

export const feature: Feature = {
  id: 'paper',
  activate(wb, { commands, contributions }) {
    const paper = new PaperController(wb, commands);
    const note = () => wb.state.active !== null && !wb.activeTab()?.reviewCopy;
    const editable = () => note() && !wb.activeTab()?.readOnly;
    contributions.parts.add({ id: 'paper-dialogs', order: 12, component: provide(PaperContext, paper, PaperDialogs) });
    commands.registerAll([
      { id: 'paper.make', when: editable, run: () => paper.makePacket() },
      { id: 'paper.enter', when: editable, run: () => paper.openEntry() },
      { id: 'panel.summary', when: note, run: () => paper.openSummary() },
    ]);
  },
};
