/** "HELD" in ASCII: marks a SQLite file as a Helder note (PRAGMA application_id). */
export const HELDER_APPLICATION_ID = 0x48454c44;

export const NOTE_EXTENSION = '.helder';

const SQLITE_MAGIC = 'SQLite format 3\0';
/** The SQLite database header is the first 100 bytes of the file. */
export const SQLITE_HEADER_SIZE = 100;

export interface SqliteHeader {
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the fields Helder needs straight from the header bytes, so a file can be judged before
 * SQLite ever opens it. Returns null when the bytes are not a SQLite database header.
 */
export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader | null {
  if (bytes.length < SQLITE_HEADER_SIZE) return null;
  for (let index = 0; index < SQLITE_MAGIC.length; index += 1) {
    if (bytes[index] !== SQLITE_MAGIC.charCodeAt(index)) return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { userVersion: view.getInt32(60), applicationId: view.getInt32(68) };
}
