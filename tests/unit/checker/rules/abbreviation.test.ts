import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureChecker } from '../fixture-checker';
import { createChecker } from '../../../../shared/checker/index';

const abbr = (text: string): Array<[string, string[]]> => findingsOf('abbreviation', text).map((f) => [f.actual, f.expected]);

describe('abbreviation rule', () => {
  it('flags the first unexplained use of a known abbreviation, with its expansion', () => {
    expect(abbr('U kunt hulp vragen via de Wmo. De Wmo helpt u thuis.')).toEqual([['Wmo', ['Wet maatschappelijke ondersteuning (Wmo)']]]);
  });

  it('accepts an explanation right there, in either order', () => {
    expect(abbr('De Wmo (Wet maatschappelijke ondersteuning) regelt hulp. De Wmo is een wet.')).toEqual([]);
    expect(abbr('De Wet maatschappelijke ondersteuning (Wmo) regelt hulp. De Wmo is een wet.')).toEqual([]);
  });

  it('accepts a definition in an earlier paragraph, and flags a use before the definition', () => {
    expect(abbr('Het Centrum voor Jeugd en Gezin (CJG) helpt ouders.\n\nBel het CJG voor een afspraak.')).toEqual([]);
    expect(abbr('Bel het CJG voor een afspraak.\n\nHet Centrum voor Jeugd en Gezin (CJG) helpt ouders.')).toEqual([['CJG', ['Centrum voor Jeugd en Gezin (CJG)']]]);
  });

  it('flags unknown acronyms without a suggestion and finds abbreviations inside compounds', () => {
    expect(abbr('Het KCC betaalt de uitkering.')).toEqual([['KCC', []]]);
    // Inside a compound the written-out name cannot be swapped in ("Wet ... (Wmo)-consulent"): advice only.
    expect(abbr('De Wmo-consulent belt u.')).toEqual([['Wmo', []]]);
    expect(abbr('De Wmo helpt u.')).toEqual([['Wmo', ['Wet maatschappelijke ondersteuning (Wmo)']]]);
  });

  it('gives advice, not a swap, for short forms whose plain word depends on the sentence', () => {
    // "i.v.m." is a preposition: "omdat" would not fit "i.v.m. de verbouwing"; "evt." may be an adjective.
    const findings = fixtureChecker().checkText('De balie is dicht i.v.m. de verbouwing. Evt. kosten betalen wij.').findings.filter((f) => f.ruleId === 'abbreviation');
    expect(findings.map((f) => [f.actual, f.expected])).toEqual([['i.v.m.', []], ['Evt.', []]]);
    expect(findings[0]?.message).toContain("'door' of 'omdat'");
  });

  it('asks to write out official shortcuts such as i.p.v. and m.b.t. every time', () => {
    expect(abbr('Kom i.p.v. bellen langs. Kom z.s.m. langs.')).toEqual([
      ['i.p.v.', ['in plaats van']],
      ['z.s.m.', ['zo snel mogelijk']],
    ]);
    expect(abbr('Wij sturen u een brief m.b.t. de huur.').map(([actual]) => actual)).toEqual(['m.b.t.']);
  });

  it('leaves everyday short forms alone: readers know bijv., o.a., enz. and d.w.z. from the paper', () => {
    expect(abbr('Wij helpen o.a. met formulieren. Neem bijv. uw paspoort mee, uw bankpas enz.')).toEqual([]);
    expect(abbr('Het plein is autovrij, d.w.z. dat er geen auto mag rijden. Ook bv. een scooter niet.')).toEqual([]);
    // In the same sentence an official short form is still flagged.
    expect(abbr('Neem bijv. uw paspoort mee i.v.m. de controle.').map(([actual]) => actual)).toEqual(['i.v.m.']);
  });

  it('does not take the letters of a postcode for an acronym, written apart or together', () => {
    expect(abbr('Stuur de brief naar Postbus 88, 7411 KL Oosterveen. Of breng hem langs: Marktplein 2, 7412BN Oosterveen.')).toEqual([]);
    // Two capitals elsewhere are still an acronym to explain.
    expect(abbr('Het KL team komt langs.')).toEqual([['KL', []]]);
  });

  it('does not take a reference or case number for an acronym', () => {
    expect(abbr('Noem ons kenmerk ZK-2026-00418 als u belt. Uw dossier heeft nummer BRV/118/2025.')).toEqual([]);
    // A short name joined to a word (no long number) stays an acronym.
    expect(abbr('Bel het KCC-team.')).toEqual([['KCC', []]]);
  });

  it('does not ask to explain the short names on letters every resident gets', () => {
    // The short name is better known than the long one: "Uitvoeringsinstituut Werknemersverzekeringen (UWV)" helps nobody.
    expect(abbr('Krijgt u AOW? Dan betaalt het UWV niets. Uw BSN staat op uw paspoort. De WOZ-waarde staat op de aanslag.')).toEqual([]);
    // Other acronyms in the same text are still flagged.
    expect(abbr('Krijgt u AOW? Vraag het CJG om hulp.')).toEqual([['CJG', ['Centrum voor Jeugd en Gezin (CJG)']]]);
  });

  it('ignores ordinary words, roman numerals and OK', () => {
    expect(abbr('Koning Willem II opende de brug. Is dat OK voor u?')).toEqual([]);
    expect(abbr('Wij gaan wandelen in het park.')).toEqual([]);
  });

  it('skips headings when looking for the first use', () => {
    const found = fixtureChecker().checkText('# Hulp uit de Wmo\n\nDe Wet maatschappelijke ondersteuning (Wmo) helpt u.', 'markdown');
    expect(found.findings.filter((f) => f.ruleId === 'abbreviation')).toEqual([]);
  });
});

describe('abbreviation rule: names every reader knows', () => {
  it('does not ask to explain DigiD, iDEAL or WhatsApp', () => {
    const text = 'Log in met uw DigiD. Betaal met iDEAL. Of stuur ons een bericht via WhatsApp.';
    expect(fixtureChecker().checkText(text).findings.filter((f) => f.ruleId === 'abbreviation')).toEqual([]);
  });
});

describe('abbreviations explained on the spot or known to everyone', () => {
  const builtin = createChecker();
  const firstUse = (text: string): string[] => builtin.checkText(text).findings.filter((f) => f.ruleId === 'abbreviation').map((f) => f.actual);

  it('counts "X is ..." in the next sentence as the explanation', () => {
    expect(firstUse('Het LBIO stuurt u de rekening. Het LBIO is de organisatie die de bijdrage int.')).toEqual([]);
    expect(firstUse('Het LBIO stuurt u de rekening.')).toEqual(['LBIO']);
  });

  it('does not ask to explain short forms every reader knows', () => {
    expect(firstUse('De ICT van de gemeente werkt weer. Dit geldt in de hele EU.')).toEqual([]);
  });
});

describe('an acronym followed by "is" in the middle of a sentence is not an explanation', () => {
  it('still asks to explain it', () => {
    const found = createChecker().checkText('Op het gebied van de Wmo is het aantal aanvragen gestegen.').findings.filter((f) => f.ruleId === 'abbreviation');
    expect(found.map((f) => f.actual)).toEqual(['Wmo']);
  });

  it('takes a short name defined on the spot as explained: (hierna: X), (hierna te noemen: X), (verder: X)', () => {
    expect(abbr('De Wet maatschappelijke ondersteuning (hierna: Wmo) regelt dit. De Wmo helpt.')).toEqual([]);
    expect(abbr('Het Regionaal Overleg Zorg (hierna te noemen: ROZ) vergadert. Het ROZ besluit.')).toEqual([]);
    expect(abbr("Het Bestuurlijk Overleg (verder: 'BO') komt bijeen.")).toEqual([]);
  });

  it('skips a letterhead or heading in capitals', () => {
    const checker = fixtureChecker();
    const found = checker.checkText('GEMEENTE DALWIJK\n\nRAADSVOORSTEL NR. 12\n\nDe raad besluit.', 'markdown').findings.filter((f) => f.ruleId === 'abbreviation');
    expect(found).toEqual([]);
  });

  it('knows the names of national parties and other capitals every reader knows', () => {
    expect(findingsOf('abbreviation', 'Namens CDA, PvdA en JA21 sprak mevrouw Jansen over CO2 en uw IBAN.', createChecker())).toEqual([]);
  });
});

