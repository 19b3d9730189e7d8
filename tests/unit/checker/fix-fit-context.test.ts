// One-click fixes that read right in their context (issue 11), per class of mistake seen on fresh
// dev texts: each class either gets the right fix or advice without a one-click fix, and the
// finding itself stays. Example sentences are our own.
import { describe, expect, it } from 'vitest';
import { createChecker, type Finding } from '../../../shared/checker/index';
import { findingOn, fixedOn } from './fix-helpers';
import { DETERMINERS } from '../../../shared/checker/determiners';
import { isSeparable, verbStem } from '../../../shared/checker/dictionary/inflect-alternative';

const checker = createChecker();
const withAgreement = createChecker({ config: { 'adjective-agreement': { enabled: true } } });

const finding = (text: string, actual: string): Finding => findingOn(checker, text, actual);
const fixed = (text: string, actual: string): string | null => fixedOn(checker, text, actual);

describe('a word said of the subject after "zijn"', () => {
  it('"woonachtig zijn" becomes the verb "wonen", in the person of "zijn"', () => {
    expect(fixed('Ouders die woonachtig zijn in Molenhoek krijgen een pas.', 'woonachtig zijn')).toBe('Ouders die wonen in Molenhoek krijgen een pas.');
    expect(fixed('Mijn buurman is woonachtig in Molenhoek.', 'is woonachtig')).toBe('Mijn buurman woont in Molenhoek.');
    expect(fixed('Wie in Molenhoek woonachtig is, krijgt een pas.', 'woonachtig is')).toBe('Wie in Molenhoek woont, krijgt een pas.');
  });

  it('"is ... woonachtig in" with words between: advice only, not "is wonend in"', () => {
    expect(fixed('De aanvrager is sinds 2019 woonachtig in Molenhoek.', 'woonachtig')).toBeNull();
    // Before a noun the participle reads: "wonende".
    expect(fixed('Alle woonachtige ouders krijgen een pas.', 'woonachtige')).toBe('Alle wonende ouders krijgen een pas.');
  });

  it('"conform" as what something is: no "volgens", which cannot follow "is"', () => {
    expect(fixed('Het ontwerp is niet conform de welstandsnota.', 'conform')).toBeNull();
    expect(fixed('Het ontwerp is conform de welstandsnota getekend.', 'conform')).toBe('Het ontwerp is volgens de welstandsnota getekend.');
    expect(fixed('Wij passen de tarieven conform de index aan.', 'conform')).toBe('Wij passen de tarieven volgens de index aan.');
  });

  it('"conform" no longer offers "zoals in", which never fits where "conform" stood', () => {
    expect(finding('Conform de planning starten wij in mei.', 'Conform').expected).toEqual(['Volgens']);
  });
});

describe('a noun replaced by a verb', () => {
  it('"de continuïteit" does not become "de doorgaan"', () => {
    const f = finding('Wij bewaken de continuïteit van de dagbesteding.', 'continuïteit');
    expect(f.expected).toEqual([]);
    expect(f.message).toContain('continuïteit');
  });
});

describe('a verb with a word before it ("gewoon maken") splits in a main clause', () => {
  it('only where the clause ends, never before its object or after "te"', () => {
    expect(fixed('Wij normaliseren de hulp aan jonge moeders.', 'normaliseren')).toBeNull();
    expect(fixed('Wij willen de hulp aan jonge moeders normaliseren.', 'normaliseren')).toBe('Wij willen de hulp aan jonge moeders gewoon maken.');
  });
});

describe('a het-word on -en is a noun: its article must suit the replacement', () => {
  it('"het weerstandsvermogen" does not become "het buffer"', () => {
    expect(fixed('Dit raakt het weerstandsvermogen van de gemeente.', 'weerstandsvermogen')).toBeNull();
  });

  it('"dit beleidsvoornemen" becomes "dit plan"', () => {
    expect(fixed('Dit beleidsvoornemen bespreken wij in mei.', 'beleidsvoornemen')).toBe('Dit plan bespreken wij in mei.');
  });
});

describe('separable verbs', () => {
  it('a loan verb on -eren is not separable: "informeren over" stays together', () => {
    expect(isSeparable('informeren')).toBe(false);
    expect(isSeparable('investeren')).toBe(false);
    expect(isSeparable('invoeren')).toBe(true);
    expect(fixed('Wij zullen de huurders tijdig informeren omtrent de werkzaamheden.', 'informeren omtrent')).toBe('Wij zullen de huurders tijdig informeren over de werkzaamheden.');
  });
});

describe('a replacement that changes what the verb needs', () => {
  it('"faciliteren": "helpen" needs a person, so advice only', () => {
    const f = finding('De gemeente faciliteert de buurtbus met een bijdrage.', 'faciliteert');
    expect(f.expected).toEqual([]);
    expect(f.message).toContain('faciliteert');
  });

  it('"beoordelen" has a stressed e: "beoordeeld", "verdeelt", "leert", not "beoordeld"', () => {
    expect(verbStem('beoordelen')).toBe('beoordeel');
    expect(verbStem('uitdelen')).toBe('uitdeel');
    expect(verbStem('ondernemen')).toBe('onderneem');
    expect(verbStem('leren')).toBe('leer');
    // A toneless e keeps one letter.
    expect(verbStem('wandelen')).toBe('wandel');
    expect(verbStem('herinneren')).toBe('herinner');
    expect(verbStem('openen')).toBe('open');
  });

  it('"evalueren" takes an object: "beoordelen", not "terugkijken"', () => {
    expect(fixed('De regeling wordt na twee jaar geëvalueerd.', 'geëvalueerd')).toBe('De regeling wordt na twee jaar beoordeeld.');
    expect(finding('Wij evalueren de proef in het najaar.', 'evalueren').expected).toEqual(['beoordelen']);
  });
});

describe('determiners: one list for the fixes and the adjective rule', () => {
  it('"elk" and "ieder" go with het-words, "elke" and "iedere" with de-words', () => {
    expect(DETERMINERS.get('elk')?.selects).toBe('het');
    expect(DETERMINERS.get('ieder')?.selects).toBe('het');
    expect(DETERMINERS.get('elke')?.selects).toBe('de');
    expect(DETERMINERS.get('iedere')?.selects).toBe('de');
  });

  it('the fix keeps the article right: no "elke doel", no "ieder steun"', () => {
    expect(fixed('Wij geven elke doelstelling een eigen budget.', 'doelstelling')).toBeNull();
    expect(fixed('Zonder ieder draagvlak stopt het plan.', 'draagvlak')).toBeNull();
    expect(fixed('Wij gebruiken elk instrument dat helpt.', 'instrument')).toBe('Wij gebruiken elk middel dat helpt.');
  });

  it('the adjective rule reads "elk" and "elke" the same way', () => {
    const expectedFor = (text: string): string[] => withAgreement.checkText(text).findings.filter((f) => f.ruleId === 'adjective-agreement').map((f) => f.expected[0]!);
    expect(expectedFor('Wij bekijken elk nieuwe plan apart.')).toEqual(['nieuw']);
    expect(expectedFor('Wij bekijken elke nieuw aanvraag apart.')).toEqual(['nieuwe']);
    expect(expectedFor('Wij bekijken elk nieuw plan en elke nieuwe aanvraag apart.')).toEqual([]);
  });
});

describe('a correct fix does not make the passive rule report something else', () => {
  const passives = (text: string): string[] => checker.checkText(text).findings.filter((f) => f.ruleId === 'passive').map((f) => f.actual);

  it('"voorafgaand" is no participle: the passive is the same before and after "voorafgaand aan" → "voor"', () => {
    expect(passives('Facturen die zijn betaald voorafgaand aan de start, vergoeden wij niet.')).toEqual(['zijn betaald']);
    expect(passives('Facturen die zijn betaald voor de start, vergoeden wij niet.')).toEqual(['zijn betaald']);
  });

  it('"zijn" that ends a subclause is no passive with a verb of the main clause', () => {
    expect(passives('Ouders die lid zijn van de club ontvangen voor de zomer een pas.')).toEqual([]);
    expect(passives('Ouders die in de wijk woonachtig zijn, ontvangen voor de zomer een pas.')).toEqual([]);
    // Right after "zijn" the participle is still its own: "dat de plannen zijn goedgekeurd".
    expect(passives('Wij melden dat de plannen zijn goedgekeurd.')).toEqual(['zijn goedgekeurd']);
  });
});
