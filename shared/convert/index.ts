export { blockText, fromRichBlocks, toRichBlocks, type RichBlock, type Run } from './rich-blocks';
export { fromMarkdown, fromPlainText, parseInline, toMarkdown, toPlainText } from './markdown';
