import type { Handlers } from '../dispatch';
import type { PaperService } from './paper-service';

type Channel = Extract<keyof Handlers, `paper.${string}` | `panel.${string}`>;

/** The paper-round and panel-summary channels; note paths are checked as everywhere else. */
export function createPaperHandlers(paper: PaperService, notePath: (file: string) => string): Pick<Handlers, Channel> {
  return {
    'paper.make': ({ path }) => paper.make(notePath(path)),
    'paper.packets': ({ path }) => paper.packets(notePath(path)),
    'paper.enter': ({ path, roundId, entries }) => paper.enter(notePath(path), roundId, entries),
    'panel.exportSummary': async ({ path, format, anonymous }) => ({ file: await paper.exportSummary(notePath(path), format, anonymous) }),
  };
}
