// The human output of an inspection: the verdict first, in the page's words (the core's
// summary), then the findings by severity with their rule ids. Colour only when asked (a TTY
// without NO_COLOR: see colourWanted).
import { bySeverity, type Report, type Severity, type Tone } from '../core/index';

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const TONE: Record<Tone, Style> = { good: 'green', bad: 'red', warn: 'yellow', neutral: 'blue' };
const SEVERITY: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Colour on a terminal, never when NO_COLOR is set to anything but '' (no-color.org). */
export function colourWanted(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

export function humanReport(report: Report, colour: boolean): string {
  const paint = (style: Style, text: string) => (colour ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const s = report.summary;
  const out = [paint('bold', paint(TONE[s.tone], s.headline))];
  if (s.sentence) out.push(s.sentence);
  if (s.untrusted && s.rule !== s.untrusted.rule) out.push(`Not trusted: ${s.untrusted.text}`);
  const findings = bySeverity(report.findings);
  if (findings.length) {
    out.push('');
    const width = Math.max(...findings.map((f) => f.rule.length));
    for (const f of findings) {
      const where = f.path?.length ? paint('dim', ` (in ${f.path.join(' › ')})`) : '';
      out.push(`${paint(SEVERITY[f.severity], f.severity.padEnd(7))}  ${f.rule.padEnd(width)}  ${f.message}${where}`);
    }
  }
  const count = (sev: Severity) => findings.filter((f) => f.severity === sev).length;
  const counts = (['error', 'warning', 'info'] as const).map((sev) => `${count(sev)} ${sev === 'info' ? 'info' : `${sev}${count(sev) === 1 ? '' : 's'}`}`);
  out.push('', paint('dim', findings.length ? counts.join(', ') : 'No findings.'));
  return `${out.join('\n')}\n`;
}
