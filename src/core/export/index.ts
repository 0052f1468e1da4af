// exportReport (issue 17): the report as text to leave the machine, as Markdown for a ticket or
// as JSON, with the claim values the user chose masked and, if asked, the signature left out.
// A secret the inspector found is never in it. Pure and synchronous; never throws.
import type { Report, RuleInfo } from '../report';
import { maskReport, type MaskOptions } from './mask';
import { markdownOf } from './markdown';

export interface ExportOptions extends MaskOptions {
  format: 'markdown' | 'json';
}

export function exportReportWith(report: Report, options: ExportOptions, catalog: readonly RuleInfo[]): string {
  const masked = maskReport(report, options);
  return options.format === 'markdown' ? markdownOf(masked, catalog) : `${JSON.stringify(masked, null, 2)}\n`;
}

export { maskReport, MASKED, type MaskOptions } from './mask';
export { bySeverity } from './markdown';
export { shareableToken } from './share';
