// "Does this string point a server at somewhere it should not go?" for values anywhere in a
// token: URLs a server might request (SSRF) and bare out-of-band-testing hosts.
import { classifyHost, classifyUrl, describeUrlReason, type UrlReason, type UrlRisk } from './url-risk';

/** Schemes a server-side fetch or callback would follow. Database and other connection strings
 * are internal information (payload-internal-info), not request targets. */
const FETCHED_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'gopher', 'dict', 'ldap', 'ldaps', 'tftp']);
/** Where a probe aims: internal networks, cloud metadata, interaction listeners. */
const URL_TARGETS: ReadonlySet<UrlReason> = new Set(['link-local', 'private-address', 'oob-testing-host']);

/** One native search rather than two: this runs for every string of the walk (10,000). */
const COLON_OR_DOT = /[:.]/;

export interface Probe {
  risk: UrlRisk;
  reason: UrlReason;
}

/** The probe target `text` names, if any. Bare hosts count only when they are interaction
 * listeners: a bare private address is reported as internal information instead. */
export function probeTarget(text: string): Probe | undefined {
  if (text.length > 8192) return undefined;
  // A URL needs "://" and every interaction-listener host name has a dot: text with neither
  // colon nor dot (most claim values) is no target, without the URL and host parsers.
  if (!COLON_OR_DOT.test(text)) return undefined;
  const url = classifyUrl(text);
  if (url) {
    if (!FETCHED_SCHEMES.has(url.scheme)) return undefined;
    const reason = url.reasons.find((r) => URL_TARGETS.has(r));
    return reason ? { risk: url, reason } : undefined;
  }
  const host = classifyHost(text);
  if (host?.reasons.includes('oob-testing-host')) return { risk: host, reason: 'oob-testing-host' };
  return undefined;
}

export function describeProbe(probe: Probe): string {
  return describeUrlReason(probe.reason);
}
