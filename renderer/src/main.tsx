// The composition root: the workbench, its own commands, and every feature plugged in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from './i18n';
import { getApi } from './platform/api';
import { CommandRegistry } from './commands/registry';
import { workbenchCommands } from './workbench/workbench-commands';
import { WorkbenchController } from './workbench/controller';
import { Contributions } from './workbench/contributions';
import { App } from './workbench/App';
import { FEATURES } from './features';
import './workbench/themes.css';
import './workbench/workbench.css';

const controller = new WorkbenchController(getApi(), i18n.t.bind(i18n));
const commands = new CommandRegistry();
const contributions = new Contributions();
commands.registerAll(workbenchCommands(controller));
for (const feature of FEATURES) feature.activate(controller, { commands, contributions });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App controller={controller} commands={commands} contributions={contributions} />
  </StrictMode>,
);
// The application menu and the OS (double-clicked .helder files) reach the same commands as keys do.
controller.api.on('command.run', ({ id }) => void commands.run(id).catch((error: unknown) => controller.toastError(error)));
controller.api.on('note.openRequested', ({ path }) => void controller.openNote(path));
void controller.start();
