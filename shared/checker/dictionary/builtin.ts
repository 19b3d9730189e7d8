// The built-in dictionary layer: every file in dictionaries/nl/, imported statically so the
// same code works in Vite (editor worker), vitest, tsx (CLI) and Node's own ES module loader (the
// e2e test host: hence the import attributes) without file system access.
// tests/unit/checker/dictionary.test.ts fails when a file in dictionaries/nl/ is missing here.
import abbreviations from '../../../dictionaries/nl/abbreviations.json' with { type: 'json' };
import allowedLongWords from '../../../dictionaries/nl/allowed-long-words.json' with { type: 'json' };
import ambtelijkTerms from '../../../dictionaries/nl/ambtelijk.terms.json' with { type: 'json' };
import ambtelijkeFormules from '../../../dictionaries/nl/ambtelijke-formules.terms.json' with { type: 'json' };
import bestuurTerms from '../../../dictionaries/nl/bestuur.terms.json' with { type: 'json' };
import domeinenTerms from '../../../dictionaries/nl/domeinen.terms.json' with { type: 'json' };
import juridischTerms from '../../../dictionaries/nl/juridisch.terms.json' with { type: 'json' };
import leenwoordenTerms from '../../../dictionaries/nl/leenwoorden.terms.json' with { type: 'json' };
import nominalisations from '../../../dictionaries/nl/nominalisations.json' with { type: 'json' };
import raadsstukkenTerms from '../../../dictionaries/nl/raadsstukken.terms.json' with { type: 'json' };
import vaagTerms from '../../../dictionaries/nl/vaag.terms.json' with { type: 'json' };
import sociaalDomeinTerms from '../../../dictionaries/nl/sociaal-domein.terms.json' with { type: 'json' };
import vageBeleidstaalTerms from '../../../dictionaries/nl/vage-beleidstaal.terms.json' with { type: 'json' };
import zorgWelzijnTerms from '../../../dictionaries/nl/zorg-welzijn.terms.json' with { type: 'json' };
import { buildBuiltin } from './loader';
import type { BuiltinDictionary } from './schema';

export const BUILTIN_FILES: ReadonlyArray<{ file: string; value: unknown }> = [
  { file: 'dictionaries/nl/abbreviations.json', value: abbreviations },
  { file: 'dictionaries/nl/allowed-long-words.json', value: allowedLongWords },
  { file: 'dictionaries/nl/ambtelijk.terms.json', value: ambtelijkTerms },
  { file: 'dictionaries/nl/ambtelijke-formules.terms.json', value: ambtelijkeFormules },
  { file: 'dictionaries/nl/bestuur.terms.json', value: bestuurTerms },
  { file: 'dictionaries/nl/domeinen.terms.json', value: domeinenTerms },
  { file: 'dictionaries/nl/juridisch.terms.json', value: juridischTerms },
  { file: 'dictionaries/nl/leenwoorden.terms.json', value: leenwoordenTerms },
  { file: 'dictionaries/nl/nominalisations.json', value: nominalisations },
  { file: 'dictionaries/nl/raadsstukken.terms.json', value: raadsstukkenTerms },
  { file: 'dictionaries/nl/sociaal-domein.terms.json', value: sociaalDomeinTerms },
  { file: 'dictionaries/nl/vaag.terms.json', value: vaagTerms },
  { file: 'dictionaries/nl/vage-beleidstaal.terms.json', value: vageBeleidstaalTerms },
  { file: 'dictionaries/nl/zorg-welzijn.terms.json', value: zorgWelzijnTerms },
];

let builtin: BuiltinDictionary | null = null;

/** Validated built-in layer (validated once, on first use). */
export function builtinDictionary(): BuiltinDictionary {
  builtin ??= buildBuiltin(BUILTIN_FILES);
  return builtin;
}
