// Passive voice (lijdende vorm): a form of "worden" or "zijn" with a past participle in the same
// clause, in either order ("wordt opgesteld", "die worden gemaakt", "moet hersteld worden",
// "is onlangs afgerond"). With "zijn", verbs that form their perfect with zijn ("is gegaan") and
// participles used as adjectives ("is gezond", "is bekend") are not passive.
import type { Token } from '../analyse';
import { createRetextPlugin } from './plugin';
import type { Rule } from './types';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);

const SEPARABLE = '(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|tegen|vrij|teweeg|tot|achter|neer|los|rond|dicht|open|goed|kapot|bekend|stop|plaats|vooruit|voort|binnen|buiten|mede)';
const GE_PARTICIPLE = new RegExp(`^${SEPARABLE}?ge[\\p{L}]{2,}(?:d|t|en)$`, 'u');
// With an inseparable prefix only -d/-t endings are safe: "beslissen" looks like "besproken".
const PREFIX_PARTICIPLE = /^(?:be|ver|ont|her|er|mis|onder|over|door|voor|mede)[\p{L}]{2,}[dt]$/u;
/** Strong participles without ge- (or irregular ones) that the patterns above cannot tell from an infinitive. */
const IRREGULAR = new Set([
  'gedaan', 'gezien', 'gegaan', 'geslagen', 'gelegen', 'ontvangen', 'verzonden', 'herzien', 'voorzien', 'ontzien', 'bezien', 'vergeten',
  'besproken', 'beschreven', 'besloten', 'begrepen', 'bevolen', 'bedreven', 'bevonden', 'verboden', 'verkregen', 'verworven',
  'verschenen', 'verlaten', 'verloren', 'vernomen', 'verweten', 'verzwegen', 'verbonden', 'verdreven', 'verkozen', 'verwezen',
  'verbroken', 'verheven', 'ontnomen', 'ontheven', 'onderschreven', 'onderbroken', 'ondernomen', 'onderworpen', 'overwogen',
  'herschreven', 'voorkomen', 'voorgeschreven', 'ontslagen', 'ontbonden', 'bewezen', 'gewezen', 'verstoten', 'vervangen', 'ontworpen',
]);

/** Participles that are (also) plain adjectives or otherwise not a passive after zijn/worden. */
const ADJECTIVES = new Set([
  'gezond', 'gewoon', 'gelijk', 'geschikt', 'gewend', 'gerust', 'geliefd', 'gemeend', 'gesloten', 'geopend', 'geboren', 'gestorven',
  'bekend', 'bereid', 'bezorgd', 'verplicht', 'verantwoord', 'verliefd', 'verwend', 'bedoeld', 'beperkt', 'beschikbaar', 'verstandig',
  'geïnteresseerd', 'betrokken', 'gespannen', 'gehandicapt', 'getrouwd', 'gescheiden', 'ontevreden', 'tevreden', 'verrast', 'verbaasd',
  'verdrietig', 'gelukt', 'mislukt', 'bedankt', 'gezegd', 'gedwongen', 'verkeerd', 'verschillend', 'geweldig', 'gedetailleerd',
  'overtuigd', 'overbodig', 'onderweg', 'voorbereid', 'beroemd', 'begaafd', 'berucht', 'gebonden', 'geldig', 'gemiddeld', 'bedreigd',
  'gemotiveerd', 'gespecialiseerd', 'gekwalificeerd', 'verzekerd', 'ervaren', 'verloren', 'gebeurd', 'verdwenen', 'bevoegd',
  'gericht', 'gewenst', 'genoeg', 'geleden', 'gevaarlijk', 'verboden', 'vertrouwd',
]);

/** Verbs that take zijn in the perfect: "is gegaan" is active. */
const ZIJN_PERFECT = new Set([
  'gegaan', 'gekomen', 'gebleven', 'gestegen', 'gedaald', 'gegroeid', 'veranderd', 'verhuisd', 'overleden', 'begonnen', 'gestopt',
  'geworden', 'geweest', 'gebleken', 'ontstaan', 'vertrokken', 'gevallen', 'toegenomen', 'afgenomen', 'verschenen', 'geslaagd',
  'opgehouden', 'geëindigd', 'gestart', 'aangekomen', 'teruggekomen', 'meegegaan', 'opgegroeid', 'gelopen', 'gereden', 'gevlogen',
  'ingetrokken', 'verdwenen', 'opgestaan', 'geraakt', 'uitgegroeid', 'gezakt', 'toegetreden', 'afgestudeerd', 'binnengekomen',
  'gesprongen', 'ontsnapt', 'bevallen', 'opgevallen', 'overgestapt', 'teruggegaan', 'aangesloten',
]);

/** Words that end a clause: a participle beyond them belongs to another clause. */
const CLAUSE_WORDS = new Set([
  'en', 'maar', 'of', 'want', 'als', 'omdat', 'dat', 'die', 'wanneer', 'terwijl', 'doordat', 'zodat', 'hoewel', 'waardoor', 'waarin',
  'waarbij', 'nadat', 'voordat', 'welke', 'wat', 'wie', 'waar', 'hoe', 'waarom', 'om',
]);

const MAX_GAP = 8;

export function isParticiple(lower: string): boolean {
  if (lower.length < 5 || ADJECTIVES.has(lower)) return false;
  if (IRREGULAR.has(lower)) return true;
  if (/(?:lijk|ig|isch|baar|aal)$/.test(lower)) return false;
  // Present participles end in -end ("volgend"); past ones in -kend/-eend/-iend ("erkend", "verleend").
  if (/end$/.test(lower) && !/(?:kend|eend|iend)$/.test(lower)) return false;
  return GE_PARTICIPLE.test(lower) || PREFIX_PARTICIPLE.test(lower);
}

function breaksClause(token: Token): boolean {
  return /[,;:()]/.test(token.after) || /[()]/.test(token.before);
}

export const passiveRule: Rule = {
  id: 'passive',
  check(context) {
    const { tokens, sentences } = context.analysis;
    for (const sentence of sentences) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const aux = tokens[i]!;
        const isWorden = WORDEN.has(aux.lower);
        if (!isWorden && !ZIJN.has(aux.lower)) continue;
        const accept = (t: Token): boolean => isParticiple(t.lower) && (isWorden || !ZIJN_PERFECT.has(t.lower));
        let found: [number, number] | null = null;
        // Forward: "wordt opgesteld", "is onlangs afgerond", "worden door de gemeente betaald".
        for (let k = i + 1; k < sentence.endToken && k <= i + MAX_GAP; k++) {
          const t = tokens[k]!;
          if (breaksClause(tokens[k - 1]!) || CLAUSE_WORDS.has(t.lower) || WORDEN.has(t.lower) || ZIJN.has(t.lower)) break;
          if (accept(t)) {
            found = [i, k];
            break;
          }
        }
        // Backward: "die worden gemaakt" is forward; "moet hersteld worden", "dat betaald is".
        if (!found) {
          for (let k = i - 1; k >= sentence.firstToken && k >= i - 3; k--) {
            const t = tokens[k]!;
            if (breaksClause(t)) break;
            if (accept(t)) {
              found = [k, i];
              break;
            }
            if (CLAUSE_WORDS.has(t.lower)) break;
          }
        }
        if (!found) continue;
        const first = tokens[found[0]]!;
        const last = tokens[found[1]]!;
        context.report('passive', {
          start: first.start,
          end: last.end,
          severity: context.config.passive.severity ?? 'info',
          message: 'Lijdende vorm. Schrijf wie het doet: "de gemeente betaalt" in plaats van "er wordt betaald".',
          explanation: 'Een zin is duidelijker als u leest wie iets doet.',
        });
        i = Math.max(i, found[1]);
      }
    }
  },
};

export const retextHelderPassive = createRetextPlugin(passiveRule);
