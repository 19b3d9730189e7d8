export { diffWordsOf, sideOf, type PartOp, type WordPart } from './word-diff';
export { diffBlocks, type BlockChange, type BlockChangeType, type BlockDiff, type DiffBlock, type DiffSummary } from './block-diff';
