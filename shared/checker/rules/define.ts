// The shape of a rule. A rule is one module that exports one definition: its id, family,
// default settings, whether the writer may switch it, the i18n key of its label, and its check
// (per block, per document, or both). The registry derives ids, config and families from these.
import type { Analysis } from '../analyse';
import type { CompiledDictionary } from '../dictionary/matcher';
import type { Family } from '../family';
import type { AbbreviationUse, BlockKind, CefrLevel, Readability, Severity } from '../model';
import type { SpellChecker } from '../spelling/spelling';

export interface RuleSettings {
  enabled: boolean;
  /** Overrides the rule's own severity (for jargon: the entry's severity). */
  severity?: Severity;
}

/** What a rule reports; the engine turns it into a Finding (see finding.ts). */
export interface Report {
  start: number;
  end: number;
  severity: Severity;
  message: string;
  expected?: string[];
  explanation?: string;
  meaning?: string;
  category?: string;
  termId?: string;
}

/** The settings a rule reads: its defaults' fields, with enabled and severity of any value. */
export type SettingsOf<S extends RuleSettings> = RuleSettings & Omit<S, 'enabled' | 'severity'>;

export interface BlockContext<S extends RuleSettings = RuleSettings> {
  analysis: Analysis;
  settings: SettingsOf<S>;
  dictionary: CompiledDictionary;
  spelling: SpellChecker | null;
  /** Token indexes already reported by the jargon rule, so other rules do not repeat them. */
  jargonTokens: Set<number>;
  /** Whether a rule runs in this check (the writer's settings). */
  ruleEnabled(ruleId: string): boolean;
  /** What the rules that ran before this one reported in this block (registry order). */
  readonly findings: readonly { readonly ruleId: string; readonly start: number }[];
  /** Words a sentence may have before the long-sentence rule reports it (null: that rule is off). A fix must not cross it. */
  sentenceLimit: number | null;
  report(report: Report): void;
  /** The text names or explains this term here (no finding): later uses are repeats of it. */
  explained(termId: string, start: number): void;
}

/** One block as a document rule sees it (cached block results, no findings). */
export interface DocumentBlock {
  text: string;
  kind: BlockKind;
  abbreviations: readonly AbbreviationUse[];
}

export interface DocumentContext<S extends RuleSettings = RuleSettings> {
  blocks: readonly DocumentBlock[];
  readability: Readability;
  targetLevel: CefrLevel;
  settings: SettingsOf<S>;
  /** As in BlockContext: a fix must not make a sentence too long. */
  sentenceLimit: number | null;
  /** Offsets are in the text of blocks[blockIndex]. */
  report(blockIndex: number, report: Report): void;
}

/**
 * A block that holds the first use in the note (headings aside) of one of its abbreviations. The
 * engine keeps track of where each abbreviation is first used, so a re-check asks again only for
 * the blocks where that changed.
 */
export interface FirstUseContext<S extends RuleSettings = RuleSettings> {
  block: DocumentBlock;
  /** Whether the note's first use of the abbreviation with this key is in this block. */
  isFirstUse(key: string): boolean;
  settings: SettingsOf<S>;
  /** As in BlockContext: a fix must not make a sentence too long. */
  sentenceLimit: number | null;
  /** Offsets are in block.text. */
  report(report: Report): void;
}

/**
 * A block after every rule has run on it. Some findings are only noise in a plain paragraph, and
 * whether a paragraph is plain shows only once all rules have reported on it.
 */
export interface SettleContext<S extends RuleSettings = RuleSettings> {
  analysis: Analysis;
  settings: SettingsOf<S>;
  dictionary: CompiledDictionary;
  /** Whether a rule runs in this check (the writer's settings). */
  ruleEnabled(ruleId: string): boolean;
  /** What every rule reported in this block, in position order. */
  readonly findings: readonly SettledFinding[];
  /** Takes back one of the settling rule's own findings. */
  withdraw(finding: SettledFinding): void;
}

/** A finding as a settling rule sees it (offsets in the block text). */
export interface SettledFinding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly category?: string;
}

export interface RuleDefinition<Id extends string = string, S extends RuleSettings = RuleSettings> {
  id: Id;
  family: Family;
  defaults: S;
  /** Shown as a checkbox in the check settings (global and per note). */
  userToggle: boolean;
  /** Later uses of the same term in a section are repeats of the first (words, not sentences). */
  groupsRepeats?: boolean;
  /** i18n key of the rule's name in settings, cards and the Problems panel. */
  labelKey: `checks.rule.${Id}`;
  check?(context: BlockContext<S>): void;
  /** A rule about the whole note (run on every check; keep it cheap, e.g. the reading level). */
  checkDocument?(context: DocumentContext<S>): void;
  /** A rule about the first use of abbreviations in the note: per block that holds one. */
  checkFirstUses?(context: FirstUseContext<S>): void;
  /** After all block rules: take back own findings the whole block shows to be harmless. */
  settle?(context: SettleContext<S>): void;
}

/** Keeps the literal id and the settings type of a rule definition. */
export function defineRule<const Id extends string, S extends RuleSettings>(rule: RuleDefinition<Id, S>): RuleDefinition<Id, S> {
  return rule;
}

/** Severity from the settings when the writer set one, else the rule's own choice. */
export function severityOf(settings: RuleSettings, fallback: Severity): Severity {
  return settings.severity ?? fallback;
}
