export { createChecksHandlers } from './handlers';
export { DismissalRepository, fingerprintOf } from './dismissal-repository';
export { NoteSettingsRepository } from './note-settings-repository';
