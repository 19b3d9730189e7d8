export { PaperService, type NotUnderstoodSource } from './paper-service';
export { createPaperHandlers } from './handlers';
