export { FAMILIES, countFamilies, familyOfRule } from './families';
export { checkLexical, scoreOf, statsOf } from './scores';
export { compareDocuments, sectionScores } from './compare';
