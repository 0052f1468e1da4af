import type { LintRule, RuleContext } from './types';
import { tokenAt } from './context';
import { hasCompactInside } from '../parse/token-json';

const JOSE_MEMBERS = ['payload', 'protected', 'signature', 'signatures', 'ciphertext'];
/** Past this the fallback look at the text is skipped (the parser has its own view). */
const MAX_SNIFF = 1_000_000;

export const formatJsonSerialization: LintRule = {
  id: 'format-json-serialization',
  severity: 'warning',
  input: 'T',
  title: 'JSON serialization instead of a compact token',
  explanation:
    'The input is a JWS or JWE in JSON form, or a compact token hidden inside such an object. JWTs must be compact; when one component verifies the JSON form while another reads claims from a string inside it, forged claims get through (CVE-2022-39227).',
  references: [
    'RFC 7519 §1, §7.2',
    "8725bis §2 'JWT Format Confusion', §3 'Check JWT Format Type'",
    'CVE-2022-39227',
  ],
  check(ctx) {
    const { token } = ctx;
    if (token.jsonSerialization?.compactInside && !keyBindingOnly(ctx)) {
      return [{ message: 'This JSON object carries both a JSON-form signature and a compact token: a format-confusion (polyglot) token.', at: tokenAt(ctx) }];
    }
    if ((token.kind !== 'malformed' && token.serialization !== 'compact') || hasJoseMembers(ctx)) {
      return [{ message: `This is a ${token.kind === 'jwe' ? 'JWE' : 'JWS'} in JSON form, not the compact header.payload.signature a JWT must be.`, at: tokenAt(ctx) }];
    }
    return [];
  },
};

/** An SD-JWT in JWS JSON serialization whose only compact token inside is its KB-JWT (`kb_jwt`,
 * RFC 9901 §8.1): the JSON form is still reported, but it is no polyglot. */
function keyBindingOnly(ctx: RuleContext): boolean {
  const node = ctx.token.jsonSerialization?.raw.node;
  const kb = ctx.sd?.split.serialization === 'json' ? ctx.sd.kb?.text : undefined;
  return kb !== undefined && node !== undefined && !hasCompactInside(node, kb);
}

/** A JSON object with JWS/JWE serialization members, even when it did not parse as one. */
function hasJoseMembers(ctx: RuleContext): boolean {
  const node = ctx.token.jsonSerialization?.raw.node;
  if (node) return node.type === 'object' && node.members.some((m) => JOSE_MEMBERS.includes(m.name));
  const t = ctx.token.text.trim();
  if (!t.startsWith('{') || t.length > MAX_SNIFF) return false;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v) && JOSE_MEMBERS.some((m) => m in v);
  } catch {
    return false;
  }
}
