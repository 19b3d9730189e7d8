// zod schemas for every dictionary file in dictionaries/nl/ and for custom (organisation or
// personal) dictionaries. The shapes are shared with the people who write the data.
import { z } from 'zod';

export const TERM_CATEGORIES = [
  'ambtelijk',
  'vakjargon-sociaal-domein',
  'engels-leenwoord',
  'vage-beleidstaal',
  'bestuurstaal',
  'zorgjargon',
  'juridisch',
] as const;

export const severitySchema = z.enum(['info', 'warning', 'error']);

const nonEmpty = z.string().trim().min(1, 'mag niet leeg zijn');

export const termEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id moet een slug zijn (kleine letters, cijfers, streepjes)'),
    term: nonEmpty,
    variants: z.array(nonEmpty).optional(),
    alternatives: z.array(nonEmpty),
    explanation: nonEmpty,
    category: z.enum(TERM_CATEGORIES),
    severity: severitySchema,
    compound: z.boolean().optional(),
    forms: z.strictObject({ plural: nonEmpty.optional() }).optional(),
    /** false: match only the written term and variants (function words such as "indien", "mits"). */
    inflect: z.boolean().optional(),
    /**
     * false: the alternatives only fit after the writer rebuilds the sentence (another article, word
     * order, "te" dropped) or depend on the sense: shown as examples, never applied by one click.
     */
    oneClick: z.boolean().optional(),
    /**
     * The sense the alternatives fit, told by the words around it: the one-click fix is only
     * offered when one of these words stands in the same sentence ("handhaven" → "controleren" with
     * "regels", not with "het lichtniveau"); elsewhere the finding gives advice only. A listed word
     * also matches as the last part of a compound ("verkeersregels").
     */
    oneClickNear: z.array(nonEmpty).optional(),
    /** Words that make the alternatives wrong when they stand in the same sentence ("treden ... in overleg met"). */
    oneClickNotNear: z.array(nonEmpty).optional(),
    /** Generated forms that are other, common words ("behoefte" is not a form of "behoeven"). */
    notForms: z.array(nonEmpty).optional(),
    /**
     * true: residents know the word from their own municipality's letters and services ("wijkteam",
     * "mantelzorger", "eigen bijdrage"); listed for its explanation and as an alternative, no finding.
     */
    familiar: z.boolean().optional(),
    /** How often residents marked the word "ik begrijp dit niet" (organisation list); told in the explanation. */
    notUnderstood: z.number().int().min(1).optional(),
    /**
     * What a familiar word means, told to a resident in panel mode and the paper packet (short
     * sentences, "u", no writing advice). A word that makes a finding is explained to residents
     * from `explanation` minus its advice to the writer.
     */
    residentExplanation: nonEmpty.optional(),
  })
  // A familiar word makes no finding, so panel mode explains it from this text alone.
  .refine((entry) => entry.familiar !== true || entry.residentExplanation !== undefined, {
    message: 'een bekend woord (familiar) heeft een uitleg voor bewoners nodig (residentExplanation)',
    path: ['residentExplanation'],
  });

export const termsFileSchema = z.strictObject({
  kind: z.literal('terms'),
  name: nonEmpty,
  entries: z.array(termEntrySchema),
});

export const abbreviationEntrySchema = z.strictObject({
  abbr: nonEmpty,
  expansion: nonEmpty,
  explanation: nonEmpty,
});

export const abbreviationsFileSchema = z.strictObject({
  kind: z.literal('abbreviations'),
  entries: z.array(abbreviationEntrySchema),
});

export const allowedFileSchema = z.strictObject({
  kind: z.literal('allowed'),
  words: z.array(nonEmpty),
});

export const nominalisationEntrySchema = z.strictObject({
  noun: nonEmpty,
  verb: nonEmpty,
  weakVerbs: z.array(nonEmpty).optional(),
  /** false: "noun + van" is plain Dutch for this noun ("hulp van de buren"); only weak verbs count. */
  withVan: z.boolean().optional(),
});

export const nominalisationsFileSchema = z.strictObject({
  kind: z.literal('nominalisations'),
  entries: z.array(nominalisationEntrySchema),
});

export const customDictionarySchema = z.strictObject({
  kind: z.literal('custom'),
  name: nonEmpty.optional(),
  terms: z.array(termEntrySchema).optional(),
  allowed: z.array(nonEmpty).optional(),
  disabled: z.array(nonEmpty).optional(),
});

export const dictionaryFileSchema = z.discriminatedUnion('kind', [
  termsFileSchema,
  abbreviationsFileSchema,
  allowedFileSchema,
  nominalisationsFileSchema,
  customDictionarySchema,
]);

export type TermEntry = z.infer<typeof termEntrySchema>;
export type TermsFile = z.infer<typeof termsFileSchema>;
export type AbbreviationEntry = z.infer<typeof abbreviationEntrySchema>;
export type AbbreviationsFile = z.infer<typeof abbreviationsFileSchema>;
export type AllowedFile = z.infer<typeof allowedFileSchema>;
export type NominalisationEntry = z.infer<typeof nominalisationEntrySchema>;
export type NominalisationsFile = z.infer<typeof nominalisationsFileSchema>;
export type CustomDictionary = z.infer<typeof customDictionarySchema>;
export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;

/** The built-in layer after loading all files of dictionaries/nl/. */
export interface BuiltinDictionary {
  terms: TermEntry[];
  abbreviations: AbbreviationEntry[];
  allowed: string[];
  nominalisations: NominalisationEntry[];
}
