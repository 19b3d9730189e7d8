import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../../renderer/src/commands/registry';
import { formatKeybinding, matchesKeybinding } from '../../../renderer/src/commands/keybinding';
import { fuzzyFilter } from '../../../renderer/src/workbench/fuzzy';

const key = (init: Partial<KeyboardEventInit> & { code: string; key: string }) =>
  ({ ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...init }) as KeyboardEvent;

describe('keybindings', () => {
  it('matches Ctrl+Shift+P by key code, not by the shifted character', () => {
    expect(matchesKeybinding('Mod+Shift+P', key({ code: 'KeyP', key: 'P', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKeybinding('Mod+Shift+P', key({ code: 'KeyP', key: 'p', ctrlKey: true }))).toBe(false);
    expect(matchesKeybinding('Mod+P', key({ code: 'KeyP', key: 'P', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('shows bindings the way a Windows or Linux user reads them', () => {
    expect(formatKeybinding('Mod+Shift+P')).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('F2')).toBe('F2');
  });
});

describe('command registry', () => {
  it('runs the command bound to a key and lets the editor keep its own keys', async () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    registry.register({ id: 'format.bold', run: () => void ran.push('bold') });
    registry.register({ id: 'file.save', run: () => void ran.push('save') });
    const ctrlB = key({ code: 'KeyB', key: 'b', ctrlKey: true });
    expect(registry.commandForKey(ctrlB, true)).toBeUndefined();
    expect(registry.commandForKey(ctrlB, false)?.id).toBe('format.bold');
    const command = registry.commandForKey(key({ code: 'KeyS', key: 's', ctrlKey: true }), true);
    await registry.run(command!.id);
    expect(ran).toEqual(['save']);
  });

  it('hides commands whose condition does not hold, and a user binding replaces the default', () => {
    const registry = new CommandRegistry();
    let hasNote = false;
    registry.register({ id: 'file.closeTab', when: () => hasNote, run: () => undefined });
    expect(registry.list().map((command) => command.id)).toEqual([]);
    hasNote = true;
    expect(registry.list().map((command) => command.id)).toEqual(['file.closeTab']);
    registry.setKeybinding('file.closeTab', 'Mod+F4');
    expect(registry.commandForKey(key({ code: 'KeyW', key: 'w', ctrlKey: true }), false)).toBeUndefined();
    expect(registry.commandForKey(key({ code: 'F4', key: 'F4', ctrlKey: true }), false)?.id).toBe('file.closeTab');
  });
});

describe('fuzzy filter', () => {
  it('finds notes by a few letters in order and ranks direct hits first', () => {
    const notes = ['Hulp bij het huishouden', 'Huisvesting statushouders', 'Afvalinzameling'];
    expect(fuzzyFilter(notes, 'hlphuis', (note) => note)).toEqual(['Hulp bij het huishouden']);
    expect(fuzzyFilter(notes, 'huis', (note) => note)[0]).toBe('Huisvesting statushouders');
    expect(fuzzyFilter(notes, 'xyz', (note) => note)).toEqual([]);
  });

  it('ignores accents: "cafe" finds "Café de Hoek" and "een" finds "Eén loket"', () => {
    const notes = ['Café de Hoek', 'Eén loket', 'Afvalinzameling'];
    expect(fuzzyFilter(notes, 'cafe', (note) => note)).toEqual(['Café de Hoek']);
    expect(fuzzyFilter(notes, 'een loket', (note) => note)).toEqual(['Eén loket']);
    expect(fuzzyFilter(notes, 'CAFÉ', (note) => note)).toEqual(['Café de Hoek']);
  });
});
