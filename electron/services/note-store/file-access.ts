import fs from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import { HelderError } from '../../../shared/contract';
import { formatBytes, MAX_NOTE_FILE_BYTES } from './limits';

const fileParams = (file: string) => ({ file: path.basename(file) });

/** The Dutch message for a file-system error on `file`; null where none fits better than "internal". */
export function fileSystemError(error: unknown, file: string): HelderError | null {
  if (error instanceof HelderError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new HelderError('note.notFound', fileParams(file), error);
    case 'EISDIR':
      return new HelderError('note.notHelder', fileParams(file), error);
    case 'EACCES':
    case 'EPERM':
      return new HelderError('note.noAccess', fileParams(file), error);
    case 'ELOOP':
      return new HelderError('note.linkLoop', fileParams(file), error);
    case 'EBUSY':
    case 'ETXTBSY':
      return new HelderError('note.locked', fileParams(file), error);
    case 'ENOSPC':
    case 'EDQUOT':
      return new HelderError('disk.full', fileParams(file), error);
    case 'EROFS':
      return new HelderError('note.folderReadOnly', fileParams(file), error);
    case 'ENAMETOOLONG':
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return new HelderError('note.badPath', {}, error);
    default:
      return null;
  }
}

/** What SQLite's error codes mean for the writer; null when the error is not SQLite's. */
export function sqliteError(error: unknown, file: string): HelderError | null {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return new HelderError('note.locked', fileParams(file), error);
  if (/^SQLITE_FULL/.test(code) || code === 'SQLITE_IOERR_WRITE' && /ENOSPC|full/i.test(String(error))) return new HelderError('disk.full', fileParams(file), error);
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code)) return new HelderError('note.folderReadOnly', fileParams(file), error);
  if (/^SQLITE_(CORRUPT|NOTADB|FORMAT|RANGE|IOERR|MISMATCH|CONSTRAINT|ERROR|SCHEMA)/.test(code)) return new HelderError('note.corrupt', fileParams(file), error);
  return null;
}

/**
 * Turns any error from opening or writing `file` into a HelderError with a Dutch message. A row
 * that does not parse (zod) or JSON that does not (SyntaxError) means a damaged or hand-made file.
 */
export function asHelderError(error: unknown, file: string): HelderError {
  if (error instanceof ZodError || error instanceof SyntaxError) return new HelderError('note.corrupt', fileParams(file), error);
  return fileSystemError(error, file) ?? sqliteError(error, file) ?? new HelderError('internal', fileParams(file), error);
}

/**
 * Checks a path before anything reads it: no NUL or other control characters, a regular file
 * (a FIFO or device would block or never end), within the size limit.
 */
export function statNoteFile(file: string, maxBytes = MAX_NOTE_FILE_BYTES): fs.Stats {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(file)) throw new HelderError('note.badPath', {});
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw asHelderError(error, file);
  }
  if (stat.isDirectory() || !stat.isFile()) throw new HelderError('note.notHelder', fileParams(file));
  if (stat.size > maxBytes) throw new HelderError('note.tooLarge', { ...fileParams(file), size: formatBytes(stat.size), limit: formatBytes(maxBytes) });
  return stat;
}

export function readFileChecked(file: string, maxBytes = MAX_NOTE_FILE_BYTES): Buffer {
  statNoteFile(file, maxBytes);
  try {
    const bytes = fs.readFileSync(file);
    // The file may have grown between the check and the read.
    if (bytes.length > maxBytes) throw new HelderError('note.tooLarge', { ...fileParams(file), size: formatBytes(bytes.length), limit: formatBytes(maxBytes) });
    return bytes;
  } catch (error) {
    throw asHelderError(error, file);
  }
}
