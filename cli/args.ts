// Command-line arguments of `helder check`, parsed without a library: the surface is small.
import { RULE_IDS, type CefrLevel, type RuleId } from '../shared/checker/index';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  files: string[];
  format: OutputFormat;
  rules: RuleId[] | null;
  dictionaries: string[];
  level: CefrLevel | null;
  spelling: boolean;
  input: 'text' | 'markdown' | null;
}

export class UsageError extends Error {}

export const USAGE = `Gebruik: helder check [opties] BESTAND... (of - voor invoer via stdin)
       helder report NOTITIE.helder|BESTAND --format html|pdf|json (zie helder report --help)

BESTAND mag tekst (.txt), Markdown (.md) of Word (.docx) zijn.

Opties:
  --format text|json|sarif   Vorm van de uitvoer (standaard: text)
  --rules a,b                Alleen deze regels: ${RULE_IDS.join(', ')}
  --dictionary BESTAND       Eigen woordenlijst (JSON); mag vaker
  --level b1|b2              Gewenst taalniveau; meldt een tekst die moeilijker is
  --spelling                 Ook spelling controleren (trager)
  --input text|markdown      Soort tekst (standaard: op basis van de extensie)
  --help                     Deze uitleg

Afsluitcode: 0 = geen fouten, 1 = er zijn meldingen met niveau 'error', 2 = probleem met invoer.`;

function value(argv: string[], i: number, name: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`Optie ${name} heeft een waarde nodig.`);
  return v;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { files: [], format: 'text', rules: null, dictionaries: [], level: null, spelling: false, input: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(argv, i, name);
      i++;
      return v;
    };
    switch (name) {
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`Onbekende vorm '${f}'. Kies text, json of sarif.`);
        args.format = f;
        break;
      }
      case '--rules': {
        const list = take().split(',').map((r) => r.trim()).filter(Boolean);
        const unknown = list.filter((r) => !(RULE_IDS as readonly string[]).includes(r));
        if (unknown.length) throw new UsageError(`Onbekende regel: ${unknown.join(', ')}. Bestaande regels: ${RULE_IDS.join(', ')}.`);
        args.rules = list as RuleId[];
        break;
      }
      case '--dictionary':
        args.dictionaries.push(take());
        break;
      case '--level': {
        const l = take().toUpperCase();
        if (l !== 'B1' && l !== 'B2') throw new UsageError(`Onbekend niveau '${l}'. Kies b1 of b2.`);
        args.level = l;
        break;
      }
      case '--spelling':
        args.spelling = true;
        break;
      case '--input': {
        const t = take();
        if (t !== 'text' && t !== 'markdown') throw new UsageError(`Onbekende soort tekst '${t}'. Kies text of markdown.`);
        args.input = t;
        break;
      }
      default:
        if (name.startsWith('--')) throw new UsageError(`Onbekende optie ${name}.`);
        args.files.push(arg);
    }
  }
  if (args.files.length === 0) throw new UsageError('Geef minstens één bestand op, of - voor stdin.');
  return args;
}
