export { createChecksHandlers } from './handlers';
export { DismissalRepository, fingerprintOf } from './dismissal-repository';
