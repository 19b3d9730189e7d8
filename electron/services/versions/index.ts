export { VersionService } from './version-service';
export { ReportService } from './report-service';
export { createVersionHandlers } from './handlers';
