// Dutch words of what goes back to the panel (the paper packet and the summary). Residents read
// these, so B1: short sentences, no office words. Like the Leesbaarheidsrapport they are Dutch
// whatever language the writer's interface uses.
import type { Stance } from '../contract/comments';
import type { WriterAction } from './summary';

export const STANCE_WORD: Record<Stance, string> = { vraag: 'Vraag', onduidelijk: 'Onduidelijk', eens: 'Eens', oneens: 'Oneens', suggestie: 'Suggestie' };

export const ACTION_WORD: Record<WriterAction, string> = {
  answered: 'Wij gaven antwoord',
  done: 'Wij hebben dit verwerkt',
  open: 'Nog niet beantwoord',
};

export const SUMMARY_TEXT = {
  heading: 'Wat het panel zei',
  intro: 'Bedankt voor uw reacties op deze tekst. Hieronder leest u per deel van de tekst wat u zei. En wat wij daarmee deden.',
  anonymous: 'Zonder namen.',
  beforeFirstHeading: 'Begin van de tekst',
  totals: (n: { comments: number; answered: number; done: number; open: number; paper: number }) =>
    `${n.comments} ${n.comments === 1 ? 'reactie' : 'reacties'}, waarvan ${n.paper} op papier. Verwerkt: ${n.done}. Beantwoord: ${n.answered}. Nog open: ${n.open}.`,
  counts: 'Reacties per soort',
  kind: 'Soort',
  number: 'Aantal',
  words: 'Woorden die niet duidelijk waren',
  timesNotClear: (count: number) => (count === 1 ? '1 keer' : `${count} keer`),
  openQuestions: 'Open vragen',
  youSaid: 'U zei',
  weDid: 'Wij deden',
  about: 'Over',
  onPaper: 'op papier',
  textChanged: 'Deze tekst is intussen veranderd.',
  none: 'Er zijn nog geen reacties van het panel.',
  madeOn: 'Gemaakt op',
} as const;

export const PACKET_TEXT = {
  label: (number: number) => `Papieren versie ${number}`,
  instructionTitle: 'Zo geeft u uw mening',
  instruction: [
    'Wij willen graag weten wat u van deze tekst vindt. Is hij duidelijk? Mist u iets? Bent u het ermee eens?',
    'Lees de tekst rustig door. U mag in de tekst en in de brede rand schrijven.',
    'Elke regel heeft een nummer. Het nummer staat links naast de regel. Elke bladzijde begint weer bij 1.',
    'Wilt u iets zeggen over een stukje tekst? Schrijf dan op het reactieformulier achterin: de pagina, het regelnummer en wat u ervan vindt.',
    'Kies bij elke reactie één soort: vraag, onduidelijk, eens, oneens of suggestie.',
    'Moeilijke woorden staan achterin uitgelegd, met de pagina en regel waar ze staan.',
    'Uw naam invullen is niet verplicht.',
    'Geef de bladen daarna terug aan de persoon van wie u ze kreeg. Bedankt voor uw hulp!',
  ],
  kindsTitle: 'De soorten reactie',
  kinds: [
    ['Vraag', 'U wilt iets weten.'],
    ['Onduidelijk', 'U begrijpt een woord of zin niet.'],
    ['Eens', 'U vindt dit goed.'],
    ['Oneens', 'U vindt dit niet goed.'],
    ['Suggestie', 'U heeft een idee om het beter te maken.'],
  ] as const,
  glossaryTitle: 'Moeilijke woorden uitgelegd',
  glossaryWhere: (page: number, line: number) => `pagina ${page}, regel ${line}`,
  meaning: (term: string, meaning: string) => `${term} betekent: ${meaning}.`,
  formTitle: 'Reactieformulier',
  formIntro: 'Schrijf bij elke reactie de pagina en het regelnummer. Zet een kruisje bij de soort. Schrijf ook op welke woorden u bedoelt.',
  formName: 'Uw naam (niet verplicht):',
  formPage: 'Pagina',
  formLine: 'Regel',
  formKind: 'Soort (kruis aan)',
} as const;
