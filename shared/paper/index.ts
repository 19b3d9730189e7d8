export * from './packet';
export * from './entries';
