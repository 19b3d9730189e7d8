export * from './anchor';
export * from './merge';
export * from './export';
export * from './sanitize';
export * from './advice';
export * from './summary';
