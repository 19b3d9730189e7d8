// The resident word lookup (familiar words, known short names) for panel mode. Its dictionaries
// are loaded on first use, as a separate chunk: a writer's workbench never needs them here.
import { useEffect, useState } from 'react';
import type { ResidentWords } from '../../../../shared/explain/resident-words';

let loaded: Promise<ResidentWords> | null = null;

function load(): Promise<ResidentWords> {
  loaded ??= import('../../../../shared/explain/builtin-resident-words').then((module) => module.builtinResidentWords());
  return loaded;
}

/** Null until the lookup is ready; findings-based explanations show meanwhile. */
export function useResidentWords(): ResidentWords | null {
  const [words, setWords] = useState<ResidentWords | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (lookup) => {
        if (live) setWords(lookup);
      },
      (error: unknown) => {
        // Without the lookup a resident still gets the findings' explanations; say why the rest is missing.
        console.error('Uitleg van bekende woorden niet geladen', error);
        loaded = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return words;
}
