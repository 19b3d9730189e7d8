import { createContext, useContext } from 'react';
import type { ChecksBridge } from './checks-bridge';

export const ChecksContext = createContext<ChecksBridge | null>(null);

export function useChecks(): ChecksBridge {
  const checks = useContext(ChecksContext);
  if (!checks) throw new Error('useChecks outside the checks feature');
  return checks;
}
