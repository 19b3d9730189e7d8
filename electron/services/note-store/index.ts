export { NoteStore, type NoteStoreOptions, type SaveOptions, type SaveResult, type MetaPatch } from './note-store';
export { inspectNoteFile, readNoteSummary } from './note-image';
export { safeFileName, uniqueNotePath, candidateNames } from './file-names';
export { HELDER_APPLICATION_ID, NOTE_EXTENSION, parseSqliteHeader } from './format';
