export { NotUnderstoodService, ORGANISATION_LIST_NAME } from './not-understood-service';
export { createNotUnderstoodHandlers } from './handlers';
