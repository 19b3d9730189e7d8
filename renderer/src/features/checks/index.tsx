// The checks feature: the checker worker's findings underlined in the editor (with hover card and
// quick fix), the Problems and Leesbaarheid views, the score in the status bar, the check settings,
// and the commands that move between findings.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../../base/observable';
import type { Finding } from '../../../../shared/checker/types';
import { provide } from '../../base/provide';
import type { Feature } from '../../workbench/feature';
import type { EditorPluginProps } from '../../workbench/contributions';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';
import { ChecksBridge, useChecksVersion } from './checks-bridge';
import { ChecksContext, useChecks } from './context';
import type { Dismissal } from './dismissals';
import type { CheckSession } from './session';
import { ChecksPlugin } from './editor/ChecksPlugin';
import { SHOW_FINDING_COMMAND } from './editor/FindingHoverPlugin';
import { QUICK_FIX_COMMAND } from './editor/QuickFixPlugin';
import { revealNextFinding } from './reveal';
import { ProblemsView } from './problems/ProblemsView';
import { ReadabilityPanelView } from './readability/ReadabilityPanelView';
import { ReadabilityStatusItem } from './readability/ReadabilityStatusItem';
import { CheckSettingsSection } from './CheckSettingsSection';
import { NoteCheckSettingsSection } from './NoteCheckSettingsSection';
import { useActiveChecks } from './use-active-checks';
import './checks.css';

const PROBLEMS_ICON = 'M12 3L22 20H2z M12 9v5 M12 16.5v1';

/** Review copies are read, not written: they get term explanations instead of checks. */
function ChecksEditorPlugin({ note, visible }: EditorPluginProps) {
  const checks = useChecks();
  useChecksVersion(checks);
  const on = useObservable(checks.switch, ({ on }) => on);
  const dismissals = checks.dismissalsOf(note.path);
  const path = note.path;
  const handlers = useMemo(
    () => ({
      onDismiss: (dismissal: Dismissal) => void checks.dismiss(path, dismissal),
      onAddWord: (word: string) => void checks.addWord(word),
      onSession: (session: CheckSession | null) => checks.setSession(path, session),
    }),
    [checks, path],
  );
  // Switched off: the session goes (no underlines, no work in the checker); the views follow.
  useEffect(() => {
    if (!on) checks.setSession(path, null);
  }, [checks, path, on]);
  if (note.reviewCopy || !on) return null;
  return <ChecksPlugin noteKey={path} visible={visible} dismissals={dismissals} {...handlers} />;
}

/** One switch for every check: off means no underlines, no Problems list and no checking at all. */
function ChecksSwitchStatus() {
  const { t } = useTranslation();
  const checks = useChecks();
  const on = useObservable(checks.switch, ({ on }) => on);
  return (
    <button type="button" className="status-item" data-testid="status-checks" aria-pressed={on} title={t('checks.switch.title')} onClick={() => checks.toggleAll()}>
      {t(on ? 'checks.switch.on' : 'checks.switch.off')}
    </button>
  );
}

/** Focus mode: the text shows only errors. A check mark says it is on, not only the pressed look. */
function FocusStatus() {
  const { t } = useTranslation();
  const checks = useChecks();
  const errorsOnly = useObservable(checks.focus, ({ errorsOnly }) => errorsOnly);
  const on = useObservable(checks.switch, ({ on }) => on);
  if (!on) return null;
  return (
    <button type="button" className="status-item" data-testid="status-focus" aria-pressed={errorsOnly} title={t('checks.focus.title')} onClick={() => checks.toggleFocus()}>
      {errorsOnly ? `✓ ${t('checks.focus.label')}` : t('checks.focus.label')}
    </button>
  );
}

function ReadabilityStatus() {
  const { controller } = useWorkbench();
  const { snapshot } = useActiveChecks();
  const shown = useWorkbenchState((state) => state.tabs.some((tab) => tab.path === state.active && !tab.reviewCopy));
  if (!shown) return null;
  return <ReadabilityStatusItem snapshot={snapshot} onOpen={() => controller.showPanel('readability')} />;
}

export const feature: Feature = {
  id: 'checks',
  activate(wb, { commands, contributions }) {
    const checks = new ChecksBridge(wb);
    const withChecks = <P extends object>(component: React.ComponentType<P>) => provide(ChecksContext, checks, component);
    const hasChecks = () => checks.activeSession() !== null;
    const editor = () => wb.activeEditor();
    // The selection moves to the words; a screen reader hears what is wrong with them.
    const announce = (finding: Finding | null) =>
      wb.announce(finding ? wb.t('checks.announce', { severity: wb.t(`checks.severity.${finding.severity}`), message: finding.message, words: finding.actual }) : wb.t('checks.problems.empty'));
    contributions.views.add({ id: 'problems', title: 'panel.problems', locations: ['side', 'panel'], icon: PROBLEMS_ICON, order: 40, component: withChecks(ProblemsView) });
    contributions.views.add({ id: 'readability', title: 'checks.readability.title', locations: ['panel'], order: 60, component: withChecks(ReadabilityPanelView) });
    contributions.statusItems.add({ id: 'readability', order: 10, component: withChecks(ReadabilityStatus) });
    contributions.statusItems.add({ id: 'checks-switch', order: 20, component: withChecks(ChecksSwitchStatus) });
    contributions.statusItems.add({ id: 'checks-focus', order: 21, component: withChecks(FocusStatus) });
    contributions.editorPlugins.add({ id: 'checks', component: withChecks(ChecksEditorPlugin) });
    contributions.settingsSections.add({ id: 'checks', order: 10, component: withChecks(CheckSettingsSection) });
    contributions.settingsSections.add({ id: 'note-checks', order: 20, component: withChecks(NoteCheckSettingsSection) });
    commands.registerAll([
      { id: 'workbench.showProblems', run: () => wb.focusPanel('problems') },
      { id: 'checks.showFinding', when: hasChecks, run: () => void editor()?.editor.dispatchCommand(SHOW_FINDING_COMMAND, undefined) },
      { id: 'checks.quickFix', when: hasChecks, run: () => void editor()?.editor.dispatchCommand(QUICK_FIX_COMMAND, undefined) },
      { id: 'checks.nextFinding', when: hasChecks, run: () => announce(revealNextFinding(checks.activeSession()!, 1)) },
      { id: 'checks.previousFinding', when: hasChecks, run: () => announce(revealNextFinding(checks.activeSession()!, -1)) },
      { id: 'checks.showReadability', run: () => wb.showPanel('readability') },
      { id: 'checks.toggleAll', run: () => checks.toggleAll() },
      { id: 'checks.reloadWordLists', run: () => checks.reloadWordLists() },
      { id: 'checks.toggleFocus', run: () => checks.toggleFocus() },
    ]);
  },
};
