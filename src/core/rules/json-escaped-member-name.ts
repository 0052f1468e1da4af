import type { JsonMember, TextSpan } from '../report';
import type { LintRule, RuleHit } from './types';
import { jsonParts, spanIn, type JsonPart } from './context';
import { walkMembers } from '../lint/member-walk';
import { asciiSkeleton } from '../lint/confusables';

const HEADER_NAMES = ['alg', 'typ', 'cty', 'kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'crit', 'enc', 'zip', 'b64', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'];
const CLAIM_NAMES = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'nonce', 'azp', 'scope', 'client_id', 'auth_time', 'acr', 'amr', 'cnf', 'sid', 'htm', 'htu', 'ath'];
const MAX_HITS = 20;

export const jsonEscapedMemberName: LintRule = {
  id: 'json-escaped-member-name',
  severity: 'warning',
  input: 'T',
  title: 'Disguised member name',
  explanation:
    'A member name is written with \\u escapes, uses look-alike letters from another script (a Cyrillic "а" in "admin"), or differs from a registered name only by case ("Alg", "EXP"). Filters that compare raw bytes miss such names while parsers may still honour them, or the other way round.',
  references: ['RFC 7515 §10.13', 'RFC 8259 §8.3'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const p of jsonParts(ctx)) {
      const registered = p.label === 'payload' ? CLAIM_NAMES : HEADER_NAMES;
      let count = 0;
      const named = p.disclosure ? disclosedName(p) : undefined;
      const disguised = named && disguise(named.member, CLAIM_NAMES);
      if (named && disguised) out.push({ message: `The claim name ${JSON.stringify(named.member.name)} in ${p.label} ${disguised}.`, at: spanIn(p, named.span) });
      for (const { member, path } of walkMembers(p.json.node)) {
        const why = disguise(member, path.length === 0 ? registered : []);
        if (!why) continue;
        out.push({ message: `The ${p.label} member ${JSON.stringify(member.name)} ${why}.`, at: spanIn(p, member.nameSpan) });
        if (++count >= MAX_HITS) break;
      }
    }
    return out;
  },
};

/** The claim name of a `[salt, name, value]` Disclosure: a string, not a member, but a claim
 * name all the same once the Disclosure is inserted. */
function disclosedName(p: JsonPart): { member: Pick<JsonMember, 'name' | 'rawName'>; span: TextSpan } | undefined {
  const node = p.json.node;
  const name = node?.type === 'array' && node.items.length === 3 ? node.items[1] : undefined;
  if (name?.type !== 'string') return undefined;
  return { member: { name: name.value, rawName: p.json.text.slice(name.span.from + 1, name.span.to - 1) }, span: name.span };
}

function disguise(m: Pick<JsonMember, 'name' | 'rawName'>, registered: readonly string[]): string | undefined {
  if (m.rawName.includes('\\u')) return `is written with \\u escapes ("${m.rawName}"), which byte-level filters do not recognise`;
  const skeleton = asciiSkeleton(m.name);
  if (skeleton !== undefined && skeleton !== m.name) {
    return `looks like "${skeleton}" but uses look-alike or invisible characters`;
  }
  const lower = m.name.toLowerCase();
  const twin = registered.find((r) => r !== m.name && r.toLowerCase() === lower);
  return twin ? `differs from the registered "${twin}" only by case, so most libraries ignore it` : undefined;
}
