// Wraps a rule as a unified (retext) plugin, so each rule can also be used on its own in any
// retext pipeline: findings become VFile messages with ruleId, source, actual and expected.
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { analyseTree } from '../analyse';
import { resolveConfig, type CheckerConfigInput } from '../config';
import { builtinDictionary } from '../dictionary/builtin';
import { layerDictionaries } from '../dictionary/layers';
import { compileDictionary, type CompiledDictionary } from '../dictionary/matcher';
import { createLineIndex } from '../location';
import type { SpellChecker } from '../spelling/spelling';
import type { Rule, RuleContext } from './types';

export interface RetextRuleOptions {
  config?: CheckerConfigInput;
  dictionary?: CompiledDictionary;
  spelling?: SpellChecker | null;
}

let defaultDictionary: CompiledDictionary | null = null;

export function createRetextPlugin(rule: Rule): Plugin<[RetextRuleOptions?], Root> {
  return function retextHelderRule(options: RetextRuleOptions = {}) {
    const config = resolveConfig(options.config);
    config[rule.id].enabled = true;
    return (tree: Root, file: VFile) => {
      const dictionary = options.dictionary ?? (defaultDictionary ??= compileDictionary(layerDictionaries(builtinDictionary(), [])));
      const text = String(file.value ?? '');
      const analysis = analyseTree(text, 'paragraph', tree);
      const lineOf = createLineIndex(text);
      const context: RuleContext = {
        analysis,
        config,
        dictionary,
        spelling: options.spelling ?? null,
        jargonTokens: new Set(),
        report(ruleId, r) {
          const start = { ...lineOf(r.start), offset: r.start };
          const end = { ...lineOf(r.end), offset: r.end };
          const message = file.message(r.message, { place: { start, end }, ruleId, source: 'helder' });
          message.actual = text.slice(r.start, r.end);
          message.expected = r.expected ?? [];
          message.fatal = r.severity === 'error' ? true : r.severity === 'warning' ? false : undefined;
          if (r.explanation) message.note = r.explanation;
        },
      };
      rule.check(context);
    };
  };
}
