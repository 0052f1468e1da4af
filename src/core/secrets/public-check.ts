// When the page runs the background public-list check (public-list.ts): kept apart, with no
// hashing code, so the page can ask without loading any.
import { algorithmOf } from '../algorithms/jws';
import type { Report } from '../report';

/** An HS* token with no key, or a key that does not verify it, and no weak secret found yet. An
 * SD-JWT counts by its issuer-signed JWT (its header and verdict are the report's). */
export function needsPublicListCheck(report: Pick<Report, 'kind' | 'signature' | 'header' | 'weakSecret'>): boolean {
  const alg = (report.header?.value as { alg?: unknown } | undefined)?.alg;
  return (report.kind === 'jws' || report.kind === 'sd-jwt') && algorithmOf(alg)?.family === 'HMAC' && !report.weakSecret && ['no-key', 'invalid'].includes(report.signature.status);
}
