import type { CommandRegistry } from '../commands/registry';
import type { Contributions } from './contributions';
import type { Workbench } from './services';

/** What a feature gets to plug in with: the commands and the workbench's registries. */
export interface Registries {
  commands: CommandRegistry;
  contributions: Contributions;
}

/** A feature: one folder under features/, one of these as its entry point. */
export interface Feature {
  id: string;
  activate(workbench: Workbench, registries: Registries): void;
}
