export * from './errors';
export * from './notes';
export * from './werkmap';
export * from './settings';
export * from './comments';
export * from './checks';
export * from './channels';
export * from './client';
