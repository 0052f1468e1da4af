import type { LintRule, RuleContext, RuleHit } from './types';
import { keysForToken, segmentAt, signedAlg, typedSecret, userKeys, valueAt } from './context';
import { publicKeyTextKind } from '../secrets/confusion';
import { unsuitable } from '../verify/suitability';

export const keyAlgMismatch: LintRule = {
  id: 'key-alg-mismatch',
  severity: 'error',
  input: 'T+K',
  title: 'Key does not fit the algorithm',
  explanation:
    'The key you supplied is of a kind the token\'s `alg` cannot use: an RSA, EC or Ed25519 public key for an HS* token, a curve that is not the one the alg names, or a key marked for another alg or for encryption. ' +
    'A verifier that lets the token\'s `alg` pick how the key is used can be tricked into using a public key as an HMAC secret, which anyone can then sign with.',
  references: [
    'RFC 8725 §2.1, §3.1',
    'RFC 7517 §4.2-§4.4',
    'CVE-2022-23541',
    "OWASP JWT CS 'Key type confusion'",
  ],
  check(ctx) {
    // JWE: no key in the box fits the alg/enc (rules-next, added trigger).
    if (ctx.decryption?.status === 'key-mismatch') return [{ message: ctx.decryption.reason ?? '', at: valueAt(ctx, 'header', 'alg') ?? segmentAt(ctx, 'header') }];
    const signed = signedAlg(ctx);
    if (!signed) return [];
    const at = valueAt(ctx, 'header', 'alg') ?? segmentAt(ctx, 'header');
    const keys = keysForToken(ctx);
    const hits: RuleHit[] = [];
    for (const key of keys) {
      const why = unsuitable(key, signed.info);
      // Weak or broken keys (invalid point, e = 1...) have their own rules.
      const ownRule = key.problems.some((p) => p.message === why && p.code !== 'use-not-sig' && p.code !== 'key-ops-no-verify');
      if (why && !ownRule) hits.push({ message: keys.length > 1 ? `${key.label}: ${why}` : why, at });
    }
    for (const key of keys) {
      const text = typedSecret(key);
      const kind = text !== undefined ? publicKeyTextKind(text) : undefined;
      if (kind && signed.info.family === 'HMAC') {
        hits.push({ message: `The key you gave is ${kind === 'OpenSSH public key' ? 'an' : 'a'} ${kind}, used here as the ${signed.info.alg} shared secret: that is the algorithm-confusion attack.`, at });
      }
    }
    const reason = ctx.verdict.reason;
    const weakKey = keys.some((k) => k.problems.some((p) => p.message === reason));
    if (!hits.length && ctx.verdict.status === 'key-mismatch' && reason && !weakKey && !kidMissing(ctx)) {
      hits.push({ message: reason, at });
    }
    return hits;
  },
};

/** The kid names no pasted key: jwks-kid-not-found says so. */
function kidMissing(ctx: RuleContext): boolean {
  const kid = ctx.header?.kid;
  const keys = userKeys(ctx);
  return typeof kid === 'string' && keys.some((c) => c.kid !== undefined) && !keys.some((c) => c.kid === kid);
}
