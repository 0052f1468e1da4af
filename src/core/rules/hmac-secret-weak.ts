import type { LintRule, RuleHit } from './types';
import { secretKeys, segmentAt, typedSecret } from './context';
import { isWellKnownSecret } from '../secrets/list';
import { EMPTY_KEY_SOURCE } from '../secrets/weak';

export const hmacSecretWeak: LintRule = {
  id: 'hmac-secret-weak',
  severity: 'error',
  input: 'T+W',
  untrusted: {
    headline: 'Forgeable: the secret is on a public wordlist',
    text: 'Its secret is on a public wordlist, so anyone can sign tokens like this one.',
  },
  title: 'Well-known HMAC secret',
  explanation:
    'The HMAC secret is one of the well-known secrets (tutorial and framework defaults, jwt.io\'s examples, or a string taken from the token itself). ' +
    'Attackers try these first, offline, with nothing but the token; whoever finds it can mint any token the server will accept.',
  references: [
    'RFC 8725 §2.2, §3.5',
    "PS:jwt 'Brute-forcing secret keys'",
    "OWASP JWT CS 'MAC' (legacy: 'Weak Token Secret')",
    'hashcat mode 16500',
  ],
  check(ctx) {
    const hits: RuleHit[] = [];
    const weak = ctx.weakSecret;
    if (weak && weak.source !== EMPTY_KEY_SOURCE) {
      hits.push({
        message: `This token is signed with the well-known secret "${weak.secret}" (from the ${weak.source}): anyone can forge tokens with it.`,
        at: segmentAt(ctx, 'signature'),
      });
    }
    for (const key of secretKeys(ctx)) {
      const text = typedSecret(key) ?? jwkSecretText(key.secrets?.[0]?.bytes);
      if (text === undefined || text === weak?.secret || !isWellKnownSecret(text)) continue;
      hits.push({ message: `The secret you supplied, "${text}", is a well-known default that attackers try first.` });
    }
    return hits;
  },
};

/** A JWK `k` that decodes to UTF-8 text (`c2VjcmV0` is "secret"). */
function jwkSecretText(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
