/**
 * Keybindings are written as in VS Code ("Ctrl+Shift+P"). "Mod" means Cmd on macOS and Ctrl
 * elsewhere, so one binding table serves every platform.
 */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Chord {
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

export function parseKeybinding(binding: string): Chord {
  const parts = binding.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('mod'),
    ctrl: parts.includes('ctrl'),
    alt: parts.includes('alt'),
    shift: parts.includes('shift'),
    key,
  };
}

const keyName = (event: KeyboardEvent) => {
  // event.code keeps letters stable when Alt or Shift change event.key (e.g. Alt+M on macOS).
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(event.code)) return event.code.slice(5);
  if (event.code === 'Period') return '.';
  if (event.code === 'Comma') return ',';
  if (event.code === 'Backquote') return '`';
  return event.key.toLowerCase();
};

export function matchesKeybinding(binding: string, event: KeyboardEvent): boolean {
  const chord = parseKeybinding(binding);
  const primary = isMac ? event.metaKey : event.ctrlKey;
  const wantsPrimary = chord.mod || (!isMac && chord.ctrl);
  const wantsCtrlOnMac = isMac && chord.ctrl;
  if (wantsPrimary !== primary) return false;
  if (isMac && wantsCtrlOnMac !== event.ctrlKey) return false;
  if (chord.alt !== event.altKey || chord.shift !== event.shiftKey) return false;
  return keyName(event) === chord.key;
}

/** The binding as the user reads it on this platform ("Ctrl+Shift+P" or "⌘⇧P"). */
export function formatKeybinding(binding: string): string {
  const chord = parseKeybinding(binding);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key.charAt(0).toUpperCase() + chord.key.slice(1);
  if (isMac) {
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  }
  return [chord.mod || chord.ctrl ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
