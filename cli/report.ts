// The per-file report the CLI prints, and its three output forms (text, JSON, SARIF 2.1.0).
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentResult, Finding, Readability } from '../shared/checker/index';

export interface FileFinding {
  ruleId: string;
  severity: Finding['severity'];
  line: number;
  column: number;
  offset: number;
  length: number;
  actual: string;
  expected: string[];
  message: string;
  explanation?: string;
  /** A later use of the same term in the same section (listed under the first). */
  repeat?: boolean;
  /** Key of the sentence group it is listed in: one sentence with several findings is one entry. */
  sentenceGroup?: string;
}

export interface FileReport {
  file: string;
  readability: Omit<Readability, 'letters'>;
  findings: FileFinding[];
}

export function toFileReport(file: string, result: DocumentResult): FileReport {
  const { letters: _letters, ...readability } = result.readability;
  return {
    file,
    readability,
    findings: result.findings.map((f) => {
      const out: FileFinding = {
        ruleId: f.ruleId,
        severity: f.severity,
        line: f.line,
        column: f.column,
        offset: f.start,
        length: f.end - f.start,
        actual: f.actual,
        expected: f.expected,
        message: f.message,
      };
      if (f.explanation) out.explanation = f.explanation;
      if (f.repeat) out.repeat = true;
      if (f.sentenceGroup) out.sentenceGroup = f.sentenceGroup;
      return out;
    }),
  };
}

const LABEL = { error: 'fout', warning: 'waarschuwing', info: 'tip' } as const;

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** Numbers the Dutch way: 25,3. */
const dutch = (n: number): string => dutchNumber.format(n);

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const r = report.readability;
    lines.push(`${report.file}`);
    // A sentence with several findings is one entry, as in the Problems panel: a "Deze zin" line
    // at its first finding, the findings indented under it.
    const groupSize = new Map<string, number>();
    for (const f of report.findings) if (f.sentenceGroup) groupSize.set(f.sentenceGroup, (groupSize.get(f.sentenceGroup) ?? 0) + 1);
    const opened = new Set<string>();
    for (const f of report.findings) {
      // Repeats of a term in the same section are listed quietly under the first use.
      if (f.repeat) {
        lines.push(`  ${f.line}:${f.column}  (nog eens: '${f.actual}')  [${f.ruleId}]`);
        continue;
      }
      let indent = '  ';
      if (f.sentenceGroup) {
        if (!opened.has(f.sentenceGroup)) {
          opened.add(f.sentenceGroup);
          lines.push(`  ${f.line}:${f.column}  Deze zin: ${groupSize.get(f.sentenceGroup)} punten`);
        }
        indent = '      ';
      }
      const better = f.expected.length ? ` → ${f.expected.slice(0, 3).join(' · ')}` : '';
      lines.push(`${indent}${f.line}:${f.column}  ${LABEL[f.severity]}  ${f.message}${better}  [${f.ruleId}]`);
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) counts[f.severity]++;
    lines.push(
      `  Niveau ${r.level} · ${r.words} woorden · ${r.sentences} zinnen · gemiddeld ${dutch(r.averageSentenceLength)} woorden per zin · Flesch-Douma ${dutch(r.fleschDouma)} · Brouwer ${dutch(r.brouwer)}`,
    );
    // The level with its reasons, so it never seems to contradict the scores.
    for (const reason of r.reasons) lines.push(`    ${reason}`);
    lines.push(`  ${counts.error} fouten, ${counts.warning} waarschuwingen, ${counts.info} tips`);
    lines.push('');
  }
  return lines.join('\n');
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports, null, 2);
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The name the reports give text read from stdin. */
export const STDIN_NAME = '<stdin>';
/** SARIF needs a URI; stdin has no file, so it gets a name of its own that no path can collide with. */
export const STDIN_URI = 'urn:helder:stdin';
const SOURCE_ROOT = 'SRCROOT';

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  description?: { text: string };
}

/**
 * SARIF's `artifactLocation.uri` must be a valid URI reference: an absolute path becomes a file:
 * URI, a relative path a percent-encoded relative reference against the working directory
 * (`SRCROOT`, given in `originalUriBaseIds`), so spaces and other characters survive.
 */
export function sarifArtifactLocation(file: string): SarifArtifactLocation {
  if (file === STDIN_NAME) return { uri: STDIN_URI, description: { text: 'Tekst via stdin' } };
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = file.split(sep === '\\' ? /[\\/]/ : '/').filter((segment) => segment !== '.');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

export function formatSarif(reports: FileReport[], version: string, cwd = process.cwd()): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'helder', version, rules: ruleIds.map((id) => ({ id })) } },
        // A base URI must end in a slash to resolve relative references inside it.
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        results: reports.flatMap((report) =>
          report.findings.map((f) => ({
            ruleId: f.ruleId,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.expected.length ? `${f.message} (${f.expected.join(' / ')})` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: sarifArtifactLocation(report.file),
                  region: { startLine: f.line, startColumn: f.column, charOffset: f.offset, charLength: f.length, snippet: { text: f.actual } },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
