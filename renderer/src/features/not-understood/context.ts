import { createContext, useContext } from 'react';
import type { NotUnderstoodController } from './controller';

export const NotUnderstoodContext = createContext<NotUnderstoodController | null>(null);

export function useNotUnderstood(): NotUnderstoodController {
  const controller = useContext(NotUnderstoodContext);
  if (!controller) throw new Error('NotUnderstoodContext is missing');
  return controller;
}
