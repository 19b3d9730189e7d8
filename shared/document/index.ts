export * from './lexical-json';
export * from './blocks';
export * from './empty-document';
export * from './sample-note';
export * from './readable';
export * from './comment-marks';
