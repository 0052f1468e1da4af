import type { JsonNode } from '../report';
import type { LintRule, RuleHit } from './types';
import { rootOf } from './context';

const PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']; // priv: AKP (RFC 9964)
const MAX_NODES = 10_000;

export const jwkPrivateMaterial: LintRule = {
  id: 'jwk-private-material',
  severity: 'error',
  input: 'T',
  title: 'Private or secret key in the header',
  explanation:
    'A JWK in the header carries private members (`d`, `p`, `q`, `dp`, `dq`, `qi`, `oth`, or an ML-DSA key\'s `priv`) or is a symmetric `oct` key with its `k`. ' +
    'Every holder of the token can read it: the private key is disclosed, or a secret is smuggled in for a verifier that would use it to check HMAC tokens.',
  references: [
    "PS-KB 0x00600800 'JWT private key disclosed'",
    "RFC 7515 §4.1.3 ('public key')",
    'RFC 9449 §4.2',
    "OWASP JWT CS 'Trusting key material…'",
  ],
  check(ctx) {
    const root = rootOf(ctx, 'header');
    if (root?.type !== 'object') return [];
    const hits: RuleHit[] = [];
    let budget = MAX_NODES;
    const visit = (node: JsonNode, path: string) => {
      if (--budget < 0) return;
      if (node.type === 'array') node.items.forEach((item, i) => visit(item, `${path}[${i}]`));
      if (node.type !== 'object') return;
      const names = node.members.map((m) => m.name);
      if (path && names.includes('kty')) {
        const secret = PRIVATE.filter((n) => names.includes(n));
        const kty = node.members.find((m) => m.name === 'kty')?.value;
        const oct = (kty?.type === 'string' && kty.value === 'oct') || names.includes('k');
        if (oct) secret.push('k');
        if (secret.length) {
          const what = oct && secret.length === 1 ? 'a symmetric secret key' : 'private key material';
          hits.push({
            message: `The header's \`${path}\` contains ${what} (${secret.map((n) => `\`${n}\``).join(', ')}), readable by anyone holding the token.`,
            at: { part: 'header', from: node.span.from, to: node.span.to },
          });
        }
      }
      for (const m of node.members) visit(m.value, path ? `${path}.${m.name}` : m.name);
    };
    visit(root, '');
    return hits;
  },
};
