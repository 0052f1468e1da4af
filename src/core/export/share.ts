// shareableToken (issue 17, share links): the token text a link may carry, with the values of the
// chosen claims masked (maskReport's masking, so the same as an export) and, when asked, the
// signature left out. Header and signature are taken from the token as written, so only the
// payload segment changes. Pure and synchronous; never throws.
import type { Report } from '../report';
import { maskReport, type MaskOptions } from './mask';

export function shareableToken(report: Report, options: MaskOptions = {}): string {
  const token = report.input.token;
  const masked = maskReport(report, options).input.token;
  if (report.serialization !== 'compact') return masked;
  const parts = token.split('.');
  if (parts.length !== 3 || (report.kind !== 'jws' && report.kind !== 'unsecured')) return token;
  const payload = (options.mask?.length ? masked.split('.')[1] : undefined) ?? parts[1]!;
  return `${parts[0]}.${payload}.${options.stripSignature ? '' : parts[2]}`;
}
