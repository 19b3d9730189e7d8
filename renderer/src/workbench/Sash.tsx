import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';

/** A drag handle that resizes the side bar or the panel and remembers the size in settings. */
export function Sash({ direction, setting }: { direction: 'vertical' | 'horizontal'; setting: 'sideBarWidth' | 'panelHeight' }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  useWorkbenchState((state) => state.settings[setting]);
  const start = useRef<{ pointer: number; size: number } | null>(null);
  const limits = setting === 'sideBarWidth' ? [160, 800] : [80, 800];
  const clamp = (value: number) => Math.round(Math.max(limits[0]!, Math.min(limits[1]!, value)));
  const current = () => controller.state.settings[setting];
  const onPointerDown = (event: React.PointerEvent) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { pointer: direction === 'vertical' ? event.clientX : event.clientY, size: current() };
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!start.current) return;
    const delta = (direction === 'vertical' ? event.clientX : event.clientY) - start.current.pointer;
    const size = clamp(start.current.size + (direction === 'vertical' ? delta : -delta));
    controller.store.set((state) => ({ settings: { ...state.settings, [setting]: size } }));
  };
  const onPointerUp = () => {
    if (!start.current) return;
    start.current = null;
    void controller.updateSettings({ [setting]: current() });
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const grow = direction === 'vertical' ? 'ArrowRight' : 'ArrowUp';
    const shrink = direction === 'vertical' ? 'ArrowLeft' : 'ArrowDown';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    void controller.updateSettings({ [setting]: clamp(current() + (event.key === grow ? 20 : -20)) });
  };
  return (
    <div
      className={`sash sash-${direction}`}
      role="separator"
      aria-orientation={direction}
      aria-label={t(setting === 'sideBarWidth' ? 'workbench.resizeSideBar' : 'workbench.resizePanel')}
      aria-valuenow={controller.state.settings[setting]}
      aria-valuemin={limits[0]}
      aria-valuemax={limits[1]}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
