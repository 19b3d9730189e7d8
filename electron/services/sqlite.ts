import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export interface SqliteOptions {
  /**
   * Path to a better-sqlite3 `.node` build. Electron passes the build made for its own ABI so the
   * Node build in node_modules (used by the tests) is never overwritten.
   */
  nativeBinding?: string | undefined;
}

/** Opens a file (read-write, or read-only) or an in-memory image of a file's bytes. */
export function openSqlite(
  source: string | Buffer,
  options: SqliteOptions & { readonly?: boolean; fileMustExist?: boolean } = {},
): SqliteDatabase {
  const { nativeBinding, ...rest } = options;
  return new Database(source, nativeBinding ? { ...rest, nativeBinding } : rest);
}
