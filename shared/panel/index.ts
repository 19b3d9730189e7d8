export * from './summary';
export * from './summary-html';
export * from './labels';
