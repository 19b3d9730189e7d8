// Adjective agreement ("een belangrijk taak"): sentences written for this test, none from the
// accuracy corpus. The rule is optional, so it is switched on here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../shared/checker/index';
import { enabledByDefault, USER_TOGGLED_RULES } from '../../../../shared/checker/rules/registry';
import { actualsOf, findingsOf, fixtureChecker } from '../fixture-checker';

const on = fixtureChecker({ config: { 'adjective-agreement': { enabled: true } } });
const flagged = (text: string): string[] => actualsOf('adjective-agreement', text, on);
const fixOf = (text: string): string[] => findingsOf('adjective-agreement', text, on).map((f) => f.expected[0] ?? '');

describe('adjective agreement rule', () => {
  it('is off by default and listed for the writer to switch on', () => {
    expect(actualsOf('adjective-agreement', 'Dit is een belangrijk taak.')).toEqual([]);
    expect(enabledByDefault('adjective-agreement')).toBe(false);
    expect(enabledByDefault('passive')).toBe(true);
    expect(USER_TOGGLED_RULES).toContain('adjective-agreement');
  });

  it('adds the -e after a definite article, a possessive, and before a de-word or a plural', () => {
    expect(fixOf('Dit is een belangrijk taak.')).toEqual(['belangrijke']);
    expect(fixOf('Het belangrijk besluit valt in mei.')).toEqual(['belangrijke']);
    expect(fixOf('De nieuw regels gelden vanaf mei.')).toEqual(['nieuwe']);
    expect(fixOf('Uw schriftelijk aanvraag is binnen.')).toEqual(['schriftelijke']);
    expect(fixOf('Er is geen snel oplossing.')).toEqual(['snelle']);
    expect(fixOf('Dit geeft geen duidelijk antwoorden.')).toEqual(['duidelijke']);
    expect(fixOf('Het college kiest een wijs aanpak.')).toEqual(['wijze']);
    expect(fixOf('De financieel situatie is goed.')).toEqual(['financiële']);
    expect(fixOf('Wij sturen de gewijzigd regeling.')).toEqual(['gewijzigde']);
  });

  it('drops the -e before a het-word after een, geen, elk or without an article', () => {
    expect(fixOf('Het college neemt een belangrijke besluit.')).toEqual(['belangrijk']);
    expect(fixOf('Dit is van grote belang voor de stad.')).toEqual(['groot']);
    expect(fixOf('Wij kiezen een andere plan.')).toEqual(['ander']);
    expect(fixOf('Er komt geen nieuwe onderzoek.')).toEqual(['nieuw']);
    expect(fixOf('Elk nieuwe jaar begint met een feest.')).toEqual(['nieuw']);
    expect(fixOf('Dit is op lokale niveau geregeld.')).toEqual(['lokaal']);
    expect(fixOf('De wijk krijgt een groene park.')).toEqual(['groen']);
  });

  it('names the words at hand in its message', () => {
    const [finding] = findingsOf('adjective-agreement', 'Dit is een heel belangrijk taak.', on);
    expect(finding?.message).toBe("Schrijf 'een heel belangrijke taak': 'taak' is een de-woord, dus 'belangrijk' krijgt een -e.");
    expect(finding?.actual).toBe('belangrijk');
    expect(finding?.severity).toBe('error');
    const [drop] = findingsOf('adjective-agreement', 'Wij nemen een grote besluit.', on);
    expect(drop?.message).toBe("Schrijf 'een groot besluit': 'besluit' is een het-woord, dus na 'een' krijgt 'grote' geen -e.");
  });

  it('leaves adjectives that never inflect alone', () => {
    for (const text of ['De gemeente plaatst een houten bank.', 'Er staat een gouden beeld.', 'De gebroken ruit is vervangen.', 'Er komt een extra loket.', 'Wij bieden een gratis cursus.', 'De open dag is zaterdag.', 'Het oranje hek staat er nog.', 'Dit is een prima plan.', 'Het rechter deel is dicht.', 'De linker rijbaan is dicht.', 'De eigen bijdrage is laag.']) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('leaves predicates, adverbs and quantities alone', () => {
    for (const text of ['De taak is belangrijk.', 'Wij vinden dit goed werk.', 'Is dit goed beleid?', 'Wij vinden het belangrijk goed onderwijs te geven.', 'Het college neemt snel maatregelen.', 'Wij leggen deze vast bij de raad.', 'Omdat het snel fout gaat, letten wij op.', 'Dit is een heel belangrijk besluit.', 'Het wordt een vrij duur project.', 'Twee grote projecten gaan door.', 'Veel goed werk blijft onzichtbaar.', 'Wij vinden dat nieuw beleid nodig is.', 'Wij geven ons goed advies aan de raad.', 'Omdat wij dit waardevol werk vinden, gaan we door.', 'Of deze goed werken, zien we later.', 'Het goed plannen van het werk helpt.', 'Dit is geen breed gedragen besluit.']) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('leaves fixed phrases, kinds and names alone', () => {
    for (const text of ['Het openbaar vervoer rijdt vaker.', 'Het voortgezet onderwijs begint.', 'Het algemeen belang gaat voor.', 'Het sociaal domein kost geld.', 'In het dagelijks leven merkt u het niet.', 'Het wetenschappelijk onderzoek is klaar.', 'Uw sociaal netwerk helpt u.', 'De medisch specialist ziet u.', 'Een sociaal werker komt langs.', 'De algemeen directeur tekent.', 'De Tweede Kamer praat erover.', 'Het Nederlands Elftal speelt.', 'Zij werken bij het Openbaar Ministerie.', 'Wij versterken het voorliggend veld.', 'In het onderhavig geval is een vergunning nodig.', 'Het vigerend bestemmingsplan staat dit niet toe.', 'Het groeiend aantal klachten verrast ons.']) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('says nothing when the noun may take de and het, or its article is unknown', () => {
    for (const text of ['Wij maken een nieuw soort plan.', 'Het is een goede idee.', 'Wij kopen een nieuwe computer.', 'De wijk krijgt een mooi plantsoen.']) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('leaves nominalised adjectives, compounds, comparatives, superlatives and ordinals alone', () => {
    for (const text of ['De armen krijgen hulp.', 'Het goede van dit plan is de snelheid.', 'De grootouders passen op.', 'Het kleinkind woont hier.', 'Wij kiezen een groter huis.', 'Dit is het belangrijkste besluit.', 'Het eerste grote besluit valt in mei.', 'Een tweede gesprek volgt.']) {
      expect(flagged(text), text).toEqual([]);
    }
  });
});

interface AgreementSet {
  wrong: { text: string; actual: string; fix: string }[];
  correct: { text: string; kind: string }[];
}

describe('adjective agreement on its own sentence set', () => {
  const set = JSON.parse(readFileSync(new URL('../../../fixtures/checker/adjective-agreement.json', import.meta.url), 'utf8')) as AgreementSet;

  it('has precision of at least 95 % and offers the right form for every hit', () => {
    let hits = 0;
    let falseAlarms = 0;
    let rightFixes = 0;
    for (const sentence of set.wrong) {
      for (const finding of findingsOf('adjective-agreement', sentence.text, on)) {
        if (finding.actual.toLowerCase() !== sentence.actual) {
          falseAlarms++;
          continue;
        }
        hits++;
        if (finding.expected[0]?.toLowerCase() === sentence.fix) rightFixes++;
      }
    }
    for (const sentence of set.correct) falseAlarms += flagged(sentence.text).length;
    const precision = hits / (hits + falseAlarms);
    const recall = hits / set.wrong.length;
    console.log(`adjective agreement: ${set.wrong.length} wrong and ${set.correct.length} correct sentences; precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %, right fixes ${rightFixes}/${hits}`);
    expect(set.wrong.length + set.correct.length).toBeGreaterThanOrEqual(150);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(rightFixes).toBe(hits);
  });

  it('gives no finding on the plain texts, the dictionaries and the UI text, all correctly written', () => {
    const checker = createChecker({ config: { 'adjective-agreement': { enabled: true } } });
    const found: string[] = [];
    const texts: string[] = [];
    const dir = new URL('../../../fixtures/texts/', import.meta.url);
    for (const name of readdirSync(dir)) texts.push(readFileSync(new URL(name, dir), 'utf8'));
    for (const name of ['plain-afval.md', 'plain-hulp.md', 'plain-park.txt']) texts.push(readFileSync(new URL(`../../../fixtures/checker/${name}`, import.meta.url), 'utf8'));
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    texts.push(...strings(JSON.parse(readFileSync(new URL('../../../../shared/i18n/nl.json', import.meta.url), 'utf8'))));
    // Explanations and advice in the dictionaries (the common-words list is single words).
    const dictionaries = new URL('../../../../dictionaries/nl/', import.meta.url);
    for (const name of readdirSync(dictionaries).filter((n) => n.endsWith('.json'))) texts.push(...strings(JSON.parse(readFileSync(new URL(name, dictionaries), 'utf8'))).filter((t) => t.includes(' ')));
    for (const text of texts) for (const f of checker.checkText(text).findings) if (f.ruleId === 'adjective-agreement') found.push(`${f.actual}: ${text.slice(f.start - 30, f.end + 30)}`);
    expect(found).toEqual([]);
  });

  it('gives at most one finding per 5,000 words on the dev corpus (officialese, correctly written)', () => {
    const checker = createChecker({ config: { 'adjective-agreement': { enabled: true } } });
    const dir = new URL('../../../fixtures/corpus/dev/', import.meta.url);
    let words = 0;
    const found: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const result = checker.checkText(readFileSync(new URL(name, dir), 'utf8'), 'markdown');
      words += result.readability.words;
      for (const f of result.findings) if (f.ruleId === 'adjective-agreement') found.push(`${name}: ${f.actual}`);
    }
    console.log(`adjective agreement on the dev corpus: ${found.length} findings in ${words} words`, found);
    expect(found.length).toBeLessThanOrEqual(Math.floor(words / 5000));
  });
});
