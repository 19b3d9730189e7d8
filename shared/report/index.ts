export { buildReport, type ReportInput } from './model';
export { reportHtml } from './html';
export { trendGeometry, type TrendGeometry } from './chart';
export { FAMILY_LABEL, RULE_LABEL, LEVEL_TEXT, formatDate, formatDelta, formatNumber } from './labels';
export { hardestSentences, sentenceSpans, type HardSentence } from './hardest-sentences';
export { adviceContext, adviceEntries } from './advice';
