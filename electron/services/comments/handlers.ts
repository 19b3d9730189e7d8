import type { Handlers } from '../dispatch';
import type { CommentService } from './comment-service';
import { withUploadedCopies } from './review-upload';

type CommentChannel = Extract<keyof Handlers, `comments.${string}` | `review.${string}`>;

/**
 * The comment and review channels. `notePath` is the same check createServices applies to every
 * note path from the renderer.
 */
export function createCommentHandlers(service: CommentService, notePath: (file: string) => string): Pick<Handlers, CommentChannel> {
  return {
    'comments.list': ({ path: file }) => service.list(notePath(file)),
    'comments.summaries': ({ path: file }) => service.summaries(notePath(file)),
    'comments.thread': ({ path: file, threadId }) => service.get(notePath(file), threadId),
    'comments.add': ({ path: file, ...input }) => service.add(notePath(file), input),
    'comments.advise': ({ path: file, ...input }) => service.advise(notePath(file), input),
    'comments.reply': ({ path: file, ...input }) => service.reply(notePath(file), input),
    'comments.edit': ({ path: file, ...input }) => service.edit(notePath(file), input),
    'comments.resolve': ({ path: file, ...input }) => service.resolve(notePath(file), input),
    'comments.delete': ({ path: file, ...input }) => ({ deleted: service.remove(notePath(file), input) }),
    'comments.updateAnchors': ({ path: file, updates }) => ({ updated: service.updateAnchors(notePath(file), updates) }),
    'comments.exportCsv': ({ path: file }) => ({ csv: service.exportContent(notePath(file), 'csv') }),
    'comments.exportReport': ({ path: file, format }) => ({ content: service.exportContent(notePath(file), format) }),
    // Exports are written next to the note under a free name; the renderer names no target, so a
    // request cannot point a write at any other file.
    'comments.exportToFile': ({ path: file, format }) => ({ file: service.exportToFile(notePath(file), format) }),
    'review.info': ({ path: file }) => service.info(notePath(file)),
    'review.export': ({ path: file, share }) => service.exportReviewCopy(notePath(file), { share }),
    'review.import': ({ path: file, files }) => service.importReviewCopies(notePath(file), files.map(notePath)),
    'review.importUpload': ({ path: file, files }) => {
      const note = notePath(file);
      return withUploadedCopies(files, (copies) => service.importReviewCopies(note, copies));
    },
  };
}
