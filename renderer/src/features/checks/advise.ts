// "Advies geven bij deze bevinding": the checks feature knows the findings, the comments feature
// writes the advies. They meet through two editor commands, so neither imports the other's state.
import { createCommand, type LexicalCommand } from 'lexical';
import type { Finding } from '../../../../shared/checker/types';

/** An advies on this finding's words; handled by the comments feature (true when handled). */
export const ADVISE_FINDING_COMMAND: LexicalCommand<Finding> = createCommand('helder.checks.adviseFinding');

/** An advies on the finding under the caret; false when there is no finding there. */
export const ADVISE_AT_CARET_COMMAND: LexicalCommand<void> = createCommand('helder.checks.adviseAtCaret');
