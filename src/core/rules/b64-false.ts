import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';

export const b64False: LintRule = {
  id: 'b64-false',
  severity: 'warning',
  input: 'T',
  title: 'Unencoded payload (`b64: false`)',
  explanation:
    'With `b64: false` the payload is signed as raw bytes instead of base64url, so the result is not a JWT. ' +
    'A library that ignores `b64` computes a different signing input than one that honours it, and the two disagree on whether the signature is valid.',
  references: ['RFC 7797 §3', 'RFC 7797 §5.2', 'RFC 7797 §6', 'RFC 7797 §7', 'RFC 7519 §7.1'],
  check(ctx) {
    const header = ctx.header;
    if (!header || header.b64 !== false || ctx.token.kind === 'jwe') return [];
    const at = memberAt(ctx, 'header', 'b64');
    const out: RuleHit[] = [];
    const crit = header.crit;
    if (!Array.isArray(crit) || !crit.includes('b64')) {
      out.push({
        severity: 'error',
        message: '`b64` is false but `crit` does not list "b64": verifiers that ignore `b64` will check a different signing input.',
        at,
      });
    }
    if (ctx.token.serialization === 'compact' && payloadHasDot(ctx.token.payload?.bytes)) {
      out.push({
        severity: 'error',
        message: 'The unencoded payload contains ".", which a compact token cannot carry: the segments are ambiguous.',
        at,
      });
    }
    if (out.length === 0) {
      out.push({ message: 'The payload is not base64url-encoded (`b64: false`), so this is not a JWT and many libraries cannot verify it.', at });
    }
    return out;
  },
};

function payloadHasDot(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && bytes.includes(0x2e);
}
