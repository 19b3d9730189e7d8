import { createContext, useContext } from 'react';
import type { PaperController } from './paper-controller';

export const PaperContext = createContext<PaperController | null>(null);

export function usePaper(): PaperController {
  const paper = useContext(PaperContext);
  if (!paper) throw new Error('PaperContext is missing');
  return paper;
}
