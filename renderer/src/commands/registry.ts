import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/commands';
import { matchesKeybinding } from './keybinding';

/**
 * What a command does. Its title, default key and menu place live in the one command table
 * (shared/commands), which main's menu reads too; a feature only says when it applies and what it runs.
 */
export interface CommandHandler {
  id: CommandId;
  /** Hidden from the palette and deaf to its key when false. */
  when?: () => boolean;
  run: () => void | Promise<void>;
}

export interface Command extends CommandHandler {
  /** i18n key of the title shown in the palette and menus. */
  title: string;
  keybinding?: string;
  /** Keys the editor already handles itself (Ctrl+B, Ctrl+Z): shown, but not intercepted there. */
  editorHandlesKey?: boolean;
}

const specOf = (id: CommandId): CommandSpec => COMMANDS[id];

/** Every user action is a command registered here by id; palette, menus and keys all read from it. */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly overrides = new Map<string, string>();

  register(handler: CommandHandler): () => void {
    const { title, key, editorHandlesKey } = specOf(handler.id);
    const command: Command = { ...handler, title, ...(key ? { keybinding: key } : {}), ...(editorHandlesKey ? { editorHandlesKey } : {}) };
    this.commands.set(command.id, command);
    return () => this.commands.delete(command.id);
  }

  registerAll(handlers: CommandHandler[]): () => void {
    const disposers = handlers.map((handler) => this.register(handler));
    return () => disposers.forEach((dispose) => dispose());
  }

  /** A user's own key for a command (from settings) wins over the default. */
  setKeybinding(id: string, keybinding: string) {
    this.overrides.set(id, keybinding);
  }

  keybindingOf(id: string): string | undefined {
    return this.overrides.get(id) ?? this.commands.get(id)?.keybinding;
  }

  get(id: string) {
    return this.commands.get(id);
  }

  list(): Command[] {
    return [...this.commands.values()].filter((command) => command.when?.() ?? true);
  }

  async run(id: string): Promise<boolean> {
    const command = this.commands.get(id);
    if (!command || !(command.when?.() ?? true)) return false;
    await command.run();
    return true;
  }

  /** Finds the command bound to this key press, if any. */
  commandForKey(event: KeyboardEvent, insideEditor: boolean): Command | undefined {
    for (const command of this.commands.values()) {
      const binding = this.keybindingOf(command.id);
      if (!binding || !matchesKeybinding(binding, event)) continue;
      if (insideEditor && command.editorHandlesKey) continue;
      if (!(command.when?.() ?? true)) continue;
      return command;
    }
    return undefined;
  }
}
