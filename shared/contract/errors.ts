import { z } from 'zod';

/**
 * Errors cross the IPC boundary as a code plus parameters; the renderer turns the code into
 * Dutch or English text through i18n (`errors.<code>`), so services never hold UI prose.
 */
export const errorCodes = [
  'note.notFound',
  'note.notHelder',
  'note.corrupt',
  'note.newerSchema',
  'note.readOnly',
  'note.exists',
  'note.badName',
  'note.badPath',
  'note.noAccess',
  'note.linkLoop',
  'note.locked',
  'note.folderReadOnly',
  'note.tooLarge',
  'note.noDocument',
  'note.unexpectedContent',
  'note.strayCompanion',
  'note.unreadableDocument',
  'note.newerDocument',
  'note.tooManyComments',
  'disk.full',
  'review.tooLarge',
  'review.incomplete',
  'export.outside',
  'werkmap.notFound',
  'werkmap.outside',
  'werkmap.noDialog',
  'ipc.invalidRequest',
  'ipc.unknownChannel',
  'ipc.forbidden',
  'link.notAllowed',
  'comments.notFound',
  'comments.adviceInReviewCopy',
  'comments.damaged',
  'review.notReviewCopy',
  'review.otherNote',
  'review.isReviewCopy',
  'dictionary.invalid',
  'dictionary.busy',
  'import.notFound',
  'import.tooLarge',
  'import.notZip',
  'import.truncated',
  'import.zipBomb',
  'import.macro',
  'import.encrypted',
  'import.oldDoc',
  'import.notWord',
  'import.unsupported',
  'versions.notFound',
  'paper.notFound',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorPayload = z.object({
  code: ErrorCode,
  params: z.record(z.string(), z.string()).default({}),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class HelderError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string>;
  constructor(code: ErrorCode, params: Record<string, string> = {}, cause?: unknown) {
    super(`${code} ${JSON.stringify(params)}`, { cause });
    this.name = 'HelderError';
    this.code = code;
    this.params = params;
  }
}

/** Every reply is either a value or an error payload; never a thrown exception across IPC. */
export const resultOf = <T extends z.ZodTypeAny>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorPayload }),
  ]);
