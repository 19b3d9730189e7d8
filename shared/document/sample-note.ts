import {
  headingNode,
  listNode,
  paragraphNode,
  rootNode,
  textNode,
  TextFormat,
  type SerializedBlock,
  type SerializedEditorState,
  type SerializedText,
} from './lexical-json';

export const sampleNoteTitle = 'Versterken van de sociale basis';

/**
 * Inline text written with `**bold**` and `_italic_` markers, so the prose below stays readable
 * as prose. Only these two markers exist; nothing else is interpreted.
 */
function inline(source: string): SerializedText[] {
  const parts: SerializedText[] = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(textNode(source.slice(last, index)));
    if (match[1] !== undefined) parts.push(textNode(match[1], TextFormat.bold));
    else if (match[2] !== undefined) parts.push(textNode(match[2], TextFormat.italic));
    last = index + match[0].length;
  }
  if (last < source.length) parts.push(textNode(source.slice(last)));
  return parts;
}

const h = (tag: 'h1' | 'h2' | 'h3', text: string) => headingNode(tag, inline(text));
const p = (text: string) => paragraphNode(inline(text));
const ul = (...items: string[]) => listNode('bullet', items.map(inline));
const ol = (...items: string[]) => listNode('number', items.map(inline));

/*
 * The sample is deliberately written the way many municipal notes are: long sentences, passive
 * voice, jargon and stiff connectives (teneinde, middels, derhalve), so a new user immediately
 * sees what Helder's checks point out.
 */
const blocks: SerializedBlock[] = [
  h('h1', sampleNoteTitle),
  p('_Beleidsnotitie ten behoeve van de raadscommissie Samenleving_'),
  h('h2', 'Aanleiding'),
  p(
    'In het kader van de transformatie van het **sociaal domein** wordt door het college ingezet op het versterken van de sociale basis, teneinde de zelfregie en de samenredzaamheid van inwoners te bevorderen en de instroom in de maatwerkvoorzieningen op grond van de _Wmo 2015_ en de Jeugdwet te beperken. ' +
      'Middels deze notitie wordt de gemeenteraad geïnformeerd over de kaders die door het college zijn vastgesteld en over de wijze waarop de basisinfrastructuur in de komende beleidsperiode integraal zal worden doorontwikkeld.',
  ),
  p(
    'Geconstateerd wordt dat de druk op de specialistische zorg onverminderd hoog is. De kosten van individuele voorzieningen zijn in de afgelopen jaren structureel gestegen, terwijl de mogelijkheden om preventief te acteren door de betrokken partijen onvoldoende worden benut. ' +
      'Derhalve wordt het noodzakelijk geacht dat er een kanteling plaatsvindt van zorg en ondersteuning naar eigen kracht, waarbij het netwerk rondom de inwoner een centrale positie inneemt.',
  ),
  h('h2', 'Doelstellingen'),
  p('De beoogde doelstellingen van het beleid zijn als volgt geformuleerd:'),
  ul(
    'het vergroten van de **zelfregie** van inwoners, zodat zij langer zelfstandig kunnen blijven participeren in de samenleving;',
    'het realiseren van een laagdrempelige en toegankelijke basisinfrastructuur in iedere wijk;',
    'het bevorderen van **integraal werken** tussen de toegang, het voorliggend veld en de maatwerkvoorzieningen;',
    'het optimaliseren van de inzet van vrijwilligers en mantelzorgers, mede teneinde overbelasting te voorkomen.',
  ),
  h('h2', 'Aanpak'),
  p(
    'Teneinde de genoemde doelstellingen te realiseren, zal door de gemeente in nauwe samenwerking met de relevante ketenpartners, waaronder het welzijnswerk, de huisartsen, de wijkverpleging en de woningcorporaties, een gefaseerde aanpak worden gehanteerd, waarbij de focus in eerste instantie wordt gelegd op de wijken waar de problematiek het meest urgent wordt geacht.',
  ),
  ol(
    '**Inventarisatie**: in het eerste kwartaal wordt een analyse uitgevoerd van het bestaande aanbod in het voorliggend veld.',
    '**Doorontwikkeling**: op basis van de uitkomsten worden de subsidierelaties met de maatschappelijke partners herijkt en waar nodig geïntensiveerd.',
    '**Implementatie**: de sociale wijkteams worden gefaciliteerd om outreachend en vraaggericht te werken, waarbij de verbinding met informele steunstructuren wordt geborgd.',
    '**Monitoring**: de effecten worden periodiek gemonitord middels een dashboard met kritische prestatie-indicatoren.',
  ),
  p(
    'Voorts wordt opgemerkt dat de uitvoering plaatsvindt binnen de kaders van het integraal beleidsplan sociaal domein, zodat de samenhang met aanpalende beleidsvelden, zoals wonen, werk en inkomen en volksgezondheid, te allen tijde gewaarborgd blijft.',
  ),
  h('h2', 'Financiële consequenties'),
  p(
    'De met de uitvoering van deze notitie gemoeide kosten worden binnen de bestaande budgetten van het programma Sociaal Domein opgevangen. ' +
      'Er wordt van uitgegaan dat de investering in de sociale basis op termijn een besparing op de maatwerkvoorzieningen zal genereren, hoewel de omvang hiervan thans nog niet met zekerheid kan worden vastgesteld. ' +
      'Voor zover aanvullende middelen noodzakelijk blijken, zal hierover bij de voorjaarsnota een separaat voorstel aan de raad worden voorgelegd.',
  ),
  h('h2', 'Vervolg'),
  p(
    'Het college verzoekt de raad kennis te nemen van deze notitie en in te stemmen met de voorgestelde kaders. ' +
      'Na besluitvorming zal de uitvoering ter hand worden genomen en zal de raad periodiek over de voortgang worden geïnformeerd, mede met het oog op de integrale afweging in het kader van de begrotingscyclus. ' +
      'Eventuele vragen kunnen worden gericht aan de afdeling Maatschappelijke Ontwikkeling.',
  ),
];

/** The sample beleidsnotitie as Lexical editor-state JSON. */
export function sampleNote(): SerializedEditorState {
  return { root: rootNode(structuredClone(blocks)) };
}

export function sampleNoteJson(): string {
  return JSON.stringify(sampleNote());
}
