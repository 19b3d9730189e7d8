import path from 'node:path';
import { HelderError, type ExportFormat } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import type { CommentService } from './comment-service';

type CommentChannel = Extract<keyof Handlers, `comments.${string}` | `review.${string}`>;

const exportExtensions: Record<ExportFormat, readonly string[]> = { csv: ['.csv'], html: ['.html', '.htm'], markdown: ['.md', '.markdown'] };

/** A target chosen in a save dialog: absolute, and with the extension its format promises. */
function targetPath(target: string, extensions: readonly string[]): string {
  if (!path.isAbsolute(target)) throw new HelderError('ipc.invalidRequest', { reason: 'path' });
  if (!extensions.includes(path.extname(target).toLowerCase())) throw new HelderError('ipc.invalidRequest', { reason: 'extension' });
  return path.resolve(target);
}

/**
 * The comment and review channels. `notePath` is the same check createServices applies to every
 * note path from the renderer.
 */
export function createCommentHandlers(service: CommentService, notePath: (file: string) => string): Pick<Handlers, CommentChannel> {
  return {
    'comments.list': ({ path: file }) => service.list(notePath(file)),
    'comments.add': ({ path: file, ...input }) => service.add(notePath(file), input),
    'comments.reply': ({ path: file, ...input }) => service.reply(notePath(file), input),
    'comments.edit': ({ path: file, ...input }) => service.edit(notePath(file), input),
    'comments.resolve': ({ path: file, ...input }) => service.resolve(notePath(file), input),
    'comments.delete': ({ path: file, ...input }) => ({ deleted: service.remove(notePath(file), input) }),
    'comments.updateAnchors': ({ path: file, updates }) => ({ updated: service.updateAnchors(notePath(file), updates) }),
    'comments.exportCsv': ({ path: file }) => ({ csv: service.exportContent(notePath(file), 'csv') }),
    'comments.exportReport': ({ path: file, format }) => ({ content: service.exportContent(notePath(file), format) }),
    'comments.exportToFile': ({ path: file, format, target }) => ({
      file: service.exportToFile(notePath(file), format, target === undefined ? undefined : targetPath(target, exportExtensions[format])),
    }),
    'review.info': ({ path: file }) => service.info(notePath(file)),
    'review.export': ({ path: file, target }) => service.exportReviewCopy(notePath(file), target === undefined ? undefined : notePath(target)),
    'review.import': ({ path: file, files }) => service.importReviewCopies(notePath(file), files.map(notePath)),
  };
}
