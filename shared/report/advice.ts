// The "Adviezen" part of the Leesbaarheidsrapport: every advies thread of the note in document
// order, with the quoted words, the note, the finding it was given on and the answers to it.
import type { Thread } from '../contract/comments';
import type { ReportModel } from '../contract/versions';
import { isAdvice } from '../comments/advice';
import { placeThreads } from '../comments/export';
import type { Block } from '../document/blocks';
import { RULE_LABEL } from './labels';

export function adviceEntries(threads: readonly Thread[], blocks: readonly Block[]): ReportModel['advice'] {
  return placeThreads(threads.filter(isAdvice), blocks).map(({ thread, section, placed }) => {
    const [note, ...replies] = thread.comments;
    const rule = note?.findingRule;
    return {
      quote: thread.anchor.selector.exact,
      body: note?.body ?? '',
      author: note?.author ?? '',
      section: section ?? '',
      finding: rule ? (RULE_LABEL[rule] ?? rule) : '',
      suggestion: note?.suggestion ?? '',
      resolved: thread.resolved,
      textChanged: !placed,
      replies: replies.map((reply) => ({ author: reply.author, body: reply.body })),
    };
  });
}

/** The line above an advies in the report: section, finding, state. */
export function adviceContext(row: ReportModel['advice'][number]): string {
  return [row.section, row.finding ? `bij melding: ${row.finding}` : 'bij deze zin', row.resolved ? 'afgehandeld' : 'open', row.textChanged ? 'tekst gewijzigd' : ''].filter(Boolean).join(' · ');
}
