// The report as Markdown for a ticket: the verdict, the findings with their rule ids and
// references from the catalogue, the claims, and the header. Written from a report that has
// already been masked (mask.ts); never the token itself.
import type { Finding, Report, RuleInfo, Severity } from '../report';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings, errors first, in report order within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => ORDER[a.severity] - ORDER[b.severity] || i - j).map(([f]) => f);
}

/** Text for a table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code that holds any text (a longer backtick fence when the text has backticks). */
function code(text: string): string {
  const ticks = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((t) => t.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${cell(text)}${pad}${ticks}`;
}

function fence(text: string, lang: string): string {
  const ticks = '`'.repeat(Math.max(3, ...(text.match(/`{3,}/g) ?? []).map((t) => t.length + 1)));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

const isoOf = (unix: number) => (Number.isFinite(unix) && Math.abs(unix) < 8.64e12 ? new Date(unix * 1000).toISOString().replace('.000Z', 'Z') : String(unix));

export function markdownOf(report: Report, catalog: readonly RuleInfo[]): string {
  const rules = new Map(catalog.map((r) => [r.id, r]));
  const s = report.summary;
  const out = ['# JWT inspection report', '', `**${s.headline}**${s.sentence ? ` · ${s.sentence}` : ''}`];
  if (s.untrusted && s.rule !== s.untrusted.rule) out.push('', `Not trusted: ${s.untrusted.text}`);
  out.push('', `Kind: ${report.kind} (${report.serialization}) · checked at ${isoOf(report.now)} with ${report.leeway} s leeway · time: ${report.time.status}`);

  const findings = bySeverity(report.findings);
  out.push('', `## Findings (${findings.length})`, '');
  if (findings.length === 0) out.push('None.');
  else {
    out.push('| Severity | Rule | Finding | References |', '|---|---|---|---|');
    for (const f of findings) {
      const info = rules.get(f.rule);
      const where = f.path?.length ? ` (in ${f.path.join(' › ')})` : '';
      const rule = `${code(f.rule)}${info ? ` ${cell(info.title)}` : ''}`;
      out.push(`| ${f.severity} | ${rule} | ${cell(f.message)}${cell(where)} | ${cell((info?.references ?? []).join('; '))} |`);
    }
  }

  if (report.claims.length) {
    out.push('', '## Claims', '', '| Claim | Value | Meaning |', '|---|---|---|');
    for (const c of report.claims) {
      const time = c.time?.utc ? ` (${c.time.utc})` : '';
      out.push(`| ${code(c.name)} | ${code(c.raw)}${time} | ${cell(c.label ?? '')} |`);
    }
  }
  if (report.header) out.push('', '## Header', '', fence(report.header.text, 'json'));
  return `${out.join('\n')}\n`;
}
