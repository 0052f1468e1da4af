import type { LintRule, RuleContext, RuleHit } from './types';
import { memberAt, valueAt } from './context';
import { classifyUrl, describeUrlReason, hostOf, type UrlReason } from '../lint/url-risk';

export const jkuUnsafeUrl: LintRule = {
  id: 'jku-unsafe-url',
  severity: 'error',
  input: 'T',
  title: 'Unsafe key URL (jku / x5u)',
  explanation:
    'The `jku` or `x5u` URL is not plain https to the issuer\'s own host: it uses another scheme, points at an internal or cloud-metadata address, hides a user name, fragment or encoded dots, or names an out-of-band testing service. ' +
    'Those are the marks of SSRF probes and attacker-hosted key sets (jwt_tool, Burp Collaborator); a verifier that fetches it leaks requests or trusts the attacker\'s keys.',
  references: ['RFC 7515 §4.1.2 (MUST use TLS), §4.1.5', 'RFC 8725 §3.10', 'CVE-2026-32301'],
  check(ctx) {
    if (!ctx.header) return [];
    return ['jku', 'x5u'].flatMap((name) => (Object.hasOwn(ctx.header!, name) ? urlHits(ctx, name) : []));
  },
};

/** Reasons in the order a reader cares about. */
const ORDER: UrlReason[] = [
  'oob-testing-host',
  'link-local',
  'loopback',
  'private-address',
  'internal-name',
  'ip-literal',
  'not-https',
  'userinfo',
  'fragment',
  'encoded-dots',
  'malformed',
];

function urlHits(ctx: RuleContext, name: string): RuleHit[] {
  const value = ctx.header![name];
  const at = valueAt(ctx, 'header', name) ?? memberAt(ctx, 'header', name);
  const url = typeof value === 'string' ? classifyUrl(value) : undefined;
  if (!url) {
    return [{ message: `The header's \`${name}\` is not an absolute https URL (${JSON.stringify(value)?.slice(0, 80)}).`, at }];
  }
  const hits: RuleHit[] = [];
  const reasons = ORDER.filter((r) => url.reasons.includes(r));
  if (reasons.length) {
    const list = reasons.map(describeUrlReason).join('; ');
    hits.push({ message: `The header's \`${name}\` ${url.host ? `(host ${url.host}) ` : ''}is unsafe to fetch: ${list}.`, at });
  }
  const iss = typeof ctx.payload?.iss === 'string' ? hostOf(ctx.payload.iss) : undefined;
  if (iss && url.host && iss !== url.host) {
    hits.push({ message: `The header's \`${name}\` points at host ${url.host}, not at the issuer's host ${iss}.`, at });
  }
  return hits;
}
