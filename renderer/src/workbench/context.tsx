import { createContext, useContext } from 'react';
import type { CommandRegistry } from '../commands/registry';
import type { WorkbenchController } from './controller';
import type { Contributions } from './contributions';
import { useObservable } from '../base/observable';
import type { WorkbenchState } from './state';

export interface WorkbenchServices {
  controller: WorkbenchController;
  commands: CommandRegistry;
  contributions: Contributions;
}

export const WorkbenchContext = createContext<WorkbenchServices | null>(null);

export function useWorkbench(): WorkbenchServices {
  const services = useContext(WorkbenchContext);
  if (!services) throw new Error('useWorkbench outside WorkbenchContext');
  return services;
}

export function useWorkbenchState<T>(select: (state: WorkbenchState) => T): T {
  return useObservable(useWorkbench().controller.store, select);
}
