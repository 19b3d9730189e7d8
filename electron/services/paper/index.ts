export { PaperService } from './paper-service';
export { createPaperHandlers } from './handlers';
