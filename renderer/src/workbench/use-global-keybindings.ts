import { useEffect } from 'react';
import { useWorkbench } from './context';

/** One keydown listener for the whole window routes key presses to commands by binding. */
export function useGlobalKeybindings() {
  const { commands, controller } = useWorkbench();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (controller.state.overlay && event.key !== 'Escape') {
        const isPaletteKey = commands.commandForKey(event, false)?.id;
        if (isPaletteKey !== 'workbench.commandPalette' && isPaletteKey !== 'workbench.quickOpen') return;
      }
      const target = event.target as HTMLElement | null;
      const insideEditor = Boolean(target?.closest?.('[data-lexical-editor="true"]'));
      const command = commands.commandForKey(event, insideEditor);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      void Promise.resolve(commands.run(command.id)).catch((error: unknown) => controller.toastError(error));
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands, controller]);
}
