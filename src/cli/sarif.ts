// SARIF 2.1.0 for code scanning (GitHub, GitLab, IDEs): one run, the rule catalogue as the
// driver's rules, one result per finding. With a location (the file the token came from) each
// result points at the finding's place in that file when the report knows it.
import type { Finding, Report, RuleInfo } from '../core/index';
import { SARIF_LEVEL } from './policy';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifOptions {
  version: string;
  /** The file the token was read from, as a path relative to the repository root. */
  location?: string;
}

export function toSarif(report: Report, catalog: readonly RuleInfo[], options: SarifOptions): object {
  const known = new Set(catalog.map((r) => r.id));
  const extra = [...new Set(report.findings.map((f) => f.rule).filter((id) => !known.has(id)))];
  const rules = [...catalog.map(ruleOf), ...extra.map((id) => ({ id, shortDescription: { text: id === 'internal' ? 'Internal error' : id } }))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'jwt-inspector', version: options.version, rules } },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.path?.length ? `${f.message} (in ${f.path.join(' › ')})` : f.message },
          ...(options.location ? { locations: [{ physicalLocation: physicalLocation(f, report.input.text, options.location) }] } : {}),
        })),
        properties: { signatureStatus: report.signature.status, verdict: report.summary.headline },
      },
    ],
  };
}

function ruleOf(r: RuleInfo) {
  const refs = r.references.length ? `\n\nReferences: ${r.references.join('; ')}` : '';
  return {
    id: r.id,
    name: r.id.replace(/(^|[-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.explanation },
    help: { text: `${r.explanation}${refs}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: ['security', 'jwt'], references: r.references },
  };
}

/** The finding's place in the input file (lines and columns from 1, UTF-16 columns), or its
 * first line when the report does not map it. */
function physicalLocation(f: Finding, text: string, uri: string) {
  const range = f.inputRange;
  if (!range) return { artifactLocation: { uri }, region: { startLine: 1 } };
  const start = lineColumn(text, range.from);
  const end = lineColumn(text, Math.max(range.from, range.to));
  return {
    artifactLocation: { uri },
    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: range.from, charLength: range.to - range.from },
  };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
