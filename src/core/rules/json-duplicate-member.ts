import type { JsonDuplicate, JsonMember } from '../report';
import type { LintRule, RuleHit } from './types';
import { jsonParts, spanIn, type JsonPart } from './context';
import { walkMembers } from '../lint/member-walk';

/** Header parameters and claims whose duplication changes what a verifier decides. */
const SECURITY_NAMES = new Set([
  'alg', 'crit', 'b64', 'kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'zip', 'enc',
  'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'scope', 'scp', 'azp', 'client_id', 'cnf',
  // rules-next M: DPoP proofs, logout tokens.
  'nonce', 'htm', 'htu', 'ath', 'events', 'sid',
  // rules-next L: SD-JWT, SD-JWT VC, KB-JWT.
  '_sd_alg', 'vct', 'status', 'sd_hash',
]);
/** SD-JWT digest containers (RFC 9901 §4.2.4): which digests count differs between parsers at
 * any depth, in the payload and in Disclosure values. */
const SD_CONTAINERS = new Set(['_sd', '...']);
/** Authorization-like names, security-relevant at any depth (realm_access.roles, groups…). */
const PRIVILEGE_LIKE = /role|admin|group|perm|scope|privilege|entitle|authorit|superuser/i;
/** Findings per part; a hostile token can hold thousands of duplicates. */
const MAX_HITS = 20;

export const jsonDuplicateMember: LintRule = {
  id: 'json-duplicate-member',
  severity: 'error',
  input: 'T',
  title: 'Member name repeated in a JSON object',
  explanation:
    'The same name appears twice in one object, e.g. {"alg":"HS256","alg":"none"} or {"sub":"user","sub":"admin"}. JavaScript keeps the last value, some parsers keep the first and others reject the token, so two components can read different claims from the same token.',
  references: ['RFC 7515 §4', 'RFC 7519 §4', 'RFC 8259 §4', 'RFC 7493 §2.3'],
  check(ctx) {
    return jsonParts(ctx).flatMap((p) => {
      const dups = p.json.duplicates.slice(0, MAX_HITS);
      if (!dups.length) return [];
      const members = membersByNameStart(p, dups);
      return dups.map((d) => hit(p, d, members));
    });
  },
};

function hit(p: JsonPart, d: JsonDuplicate, members: Map<number, JsonMember>): RuleHit {
  const path = memberPath(p, d);
  const where = path.length ? `"${path.join('.')}" in the ${p.label}` : `the ${p.label}`;
  const values = d.spans
    .map((s) => members.get(s.from))
    .map((m) => (m ? short(p.json.text.slice(m.value.span.from, m.value.span.to)) : '?'));
  const last = d.spans[d.spans.length - 1]!;
  return {
    message: `"${d.name}" appears ${d.spans.length} times in ${where} (${values.join(' vs ')}); libraries disagree on which one counts.`,
    severity: isSecurityRelevant(p, d) ? 'error' : 'warning',
    at: spanIn(p, last),
  };
}

/** The path as the claims see it: in a Disclosure, within the disclosed value (the array
 * index of the value, 2 or 1, is left out). */
function memberPath(p: JsonPart, d: JsonDuplicate): string[] {
  return p.disclosure ? d.path.slice(1) : d.path;
}

function isSecurityRelevant(p: JsonPart, d: JsonDuplicate): boolean {
  if (PRIVILEGE_LIKE.test(d.name) || SD_CONTAINERS.has(d.name)) return true;
  // A disclosed value is never the payload's root; key material (`cnf`) counts as in the header.
  if (p.disclosure) return p.disclosure.name !== undefined && SECURITY_NAMES.has(p.disclosure.name) && memberPath(p, d).length === 0;
  if (p.label !== 'payload' && d.path[0] === 'jwk') return true; // key material in the header
  return d.path.length === 0 && SECURITY_NAMES.has(d.name);
}

function membersByNameStart(p: JsonPart, dups: JsonDuplicate[]): Map<number, JsonMember> {
  const wanted = new Set(dups.flatMap((d) => d.spans.map((s) => s.from)));
  const found = new Map<number, JsonMember>();
  for (const { member } of walkMembers(p.json.node)) {
    if (wanted.has(member.nameSpan.from)) found.set(member.nameSpan.from, member);
    if (found.size === wanted.size) break;
  }
  return found;
}

function short(raw: string): string {
  return raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
}
