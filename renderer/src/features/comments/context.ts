import { createContext, useContext } from 'react';
import type { CommentsController } from './comments-controller';

export const CommentsContext = createContext<CommentsController | null>(null);

export function useComments(): CommentsController {
  const comments = useContext(CommentsContext);
  if (!comments) throw new Error('useComments outside the comments feature');
  return comments;
}
