import { createContext, useContext } from 'react';
import type { VersionsController } from './versions-controller';

export const VersionsContext = createContext<VersionsController | null>(null);

export function useVersions(): VersionsController {
  const versions = useContext(VersionsContext);
  if (!versions) throw new Error('useVersions outside the versions feature');
  return versions;
}
