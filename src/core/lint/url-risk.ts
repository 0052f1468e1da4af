// URL and host classification for values found in a token (jku, x5u, claims). Pure text
// analysis: nothing here resolves or fetches anything.
//
//   classifyUrl('http://169.254.169.254/x')  → { scheme: 'http', host: '169.254.169.254',
//                                                reasons: ['not-https', 'ip-literal', 'link-local'] }
//   classifyHost('abc.oastify.com')          → { …, reasons: ['oob-testing-host'] }
//   classifyUrl('not a url')                 → undefined
//
// `reasons` mixes two kinds of risk: where the URL points (PROBE_REASONS: internal or
// out-of-band-testing destinations) and how it is written (not-https, userinfo, fragment,
// encoded-dots, ip-literal). Rules pick what they care about.
import { ipv4Risk, ipv6Risk, parseIpv4, parseIpv6, type IpReason } from './ip-ranges';

export type UrlReason =
  | 'not-https' // scheme other than https:
  | 'ip-literal' // host is an IPv4/IPv6 address (any range)
  | IpReason // 'loopback': 127.0.0.0/8, ::1, 0.0.0.0, localhost and *.localhost; 'link-local':
  //            169.254.0.0/16 (cloud metadata), fe80::/10; 'private-address': RFC 1918, 100.64/10, fc00::/7
  | 'internal-name' // .internal/.local/.corp/..., or a single-label host
  | 'oob-testing-host' // burpcollaborator.net, oastify.com, interact.sh, oast.*, webhook.site...
  | 'userinfo' // user@ / user:pass@ before the host
  | 'fragment' // #...
  | 'encoded-dots' // %2e (or %252e) anywhere
  | 'malformed'; // looks like a URL but does not parse

export interface UrlRisk {
  /** The text classified, trimmed. */
  text: string;
  /** Lower-case scheme without ':', '' for a bare host. */
  scheme: string;
  /** Lower-case host name or address (IPv6 without brackets), '' when unknown. */
  host: string;
  /** Path (and query) as parsed, '' for a bare host. */
  path: string;
  reasons: UrlReason[];
}

/** Reasons meaning "points at an internal or out-of-band-testing destination". */
export const PROBE_REASONS: ReadonlySet<UrlReason> = new Set<UrlReason>([
  'loopback',
  'link-local',
  'private-address',
  'internal-name',
  'oob-testing-host',
]);

const REASON_TEXT: Record<UrlReason, string> = {
  'not-https': 'not https',
  'ip-literal': 'a bare IP address',
  loopback: 'this machine (loopback)',
  'link-local': 'a link-local address (cloud metadata lives there)',
  'private-address': 'a private network address',
  'internal-name': 'an internal host name',
  'oob-testing-host': 'an out-of-band testing host (Burp Collaborator, interactsh, webhook.site…)',
  userinfo: 'a user name before the host (user@host)',
  fragment: 'a #fragment',
  'encoded-dots': 'percent-encoded dots (%2e)',
  malformed: 'not a valid URL',
};

/** Short phrase for a reason, for finding messages. */
export function describeUrlReason(reason: UrlReason): string {
  return REASON_TEXT[reason];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const MAX_URL = 8192;

/** Classifies text that is an absolute URL (`scheme://…`); undefined for anything else. */
export function classifyUrl(input: string): UrlRisk | undefined {
  const text = input.trim();
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || text.length > MAX_URL) return undefined;
  const reasons: UrlReason[] = [];
  if (scheme !== 'https') reasons.push('not-https');
  const authority = text.slice(scheme.length + 3).split(/[/?#\\]/)[0] ?? '';
  if (authority.includes('@')) reasons.push('userinfo');
  if (text.includes('#')) reasons.push('fragment');
  if (/%(25)?2e/i.test(text)) reasons.push('encoded-dots');
  let host = '';
  let path = '';
  try {
    const url = new URL(text);
    host = url.hostname.toLowerCase();
    path = url.pathname + url.search;
  } catch {
    host = rawHost(authority);
    reasons.push('malformed');
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  for (const r of hostReasons(decodeHost(host))) if (!reasons.includes(r)) reasons.push(r);
  return { text, scheme, host, path, reasons };
}

const HOST_TEXT = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::\d{1,5})?\/?$/i;

/** Classifies a bare host or address (`10.0.0.5`, `abc.oastify.com`, `[::1]:8080`); undefined
 * when the text is not host-shaped. Single words are not hosts here (no dot, not an IP). */
export function classifyHost(input: string): UrlRisk | undefined {
  const text = input.trim();
  if (text.length > 255 || !HOST_TEXT.test(text)) return undefined;
  let host = text.replace(/\/$/, '').toLowerCase();
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']'));
  else if ((host.match(/:/g) ?? []).length === 1) host = host.replace(/:\d+$/, '');
  // An IPv6 literal always has a colon; without one parseIpv6 can only say no.
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host)
    ? parseIpv4(host) !== undefined
    : host.includes(':') && parseIpv6(host) !== undefined;
  const named = host === 'localhost' || /\.[a-z][a-z0-9-]*$/.test(host);
  if (!isIp && !named) return undefined;
  return { text, scheme: '', host, path: '', reasons: hostReasons(host) };
}

/** The lower-case host of an absolute URL, or undefined. */
export function hostOf(text: string): string | undefined {
  const risk = classifyUrl(text);
  return risk && risk.host !== '' ? risk.host : undefined;
}

function rawHost(authority: string): string {
  const afterUser = authority.slice(authority.lastIndexOf('@') + 1);
  if (afterUser.startsWith('[')) {
    const end = afterUser.indexOf(']');
    return (end > 0 ? afterUser.slice(1, end) : afterUser.slice(1)).toLowerCase();
  }
  return afterUser.replace(/:\d*$/, '').toLowerCase();
}

function decodeHost(host: string): string {
  try {
    return decodeURIComponent(host);
  } catch {
    return host;
  }
}

const INTERNAL_SUFFIXES = ['.internal', '.local', '.corp', '.lan', '.intranet', '.localdomain', '.home.arpa'];
const OOB_SUFFIXES = [
  'burpcollaborator.net',
  'oastify.com',
  'interact.sh',
  'webhook.site',
  'requestbin.net',
  'pipedream.net',
  'canarytokens.com',
  'dnslog.cn',
  'ceye.io',
];
/** Wildcard DNS services whose names resolve to the address written in them. */
const IP_ECHO_SUFFIXES = ['.nip.io', '.sslip.io', '.xip.io'];

function endsWithDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Reasons that follow from the host alone. */
export function hostReasons(hostInput: string): UrlReason[] {
  const host = hostInput.replace(/\.$/, '');
  if (host === '') return [];
  const v4 = parseIpv4(host);
  if (v4 !== undefined) return ['ip-literal', ...ipv4Risk(v4)];
  if (host.includes(':')) return ['ip-literal', ...ipv6Risk(host)];
  if (host === 'localhost' || host.endsWith('.localhost') || endsWithDomain(host, 'localtest.me')) return ['loopback'];
  if (OOB_SUFFIXES.some((d) => endsWithDomain(host, d)) || /(^|\.)oast\.[a-z]+$/.test(host)) {
    return ['oob-testing-host'];
  }
  const echo = IP_ECHO_SUFFIXES.find((s) => host.endsWith(s));
  if (echo) {
    const embedded = /(\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3})$/.exec(host.slice(0, -echo.length))?.[1];
    const ip = embedded ? parseIpv4(embedded.replace(/-/g, '.')) : undefined;
    if (ip !== undefined) return ipv4Risk(ip);
  }
  if (INTERNAL_SUFFIXES.some((s) => host.endsWith(s)) || !host.includes('.')) return ['internal-name'];
  return [];
}
