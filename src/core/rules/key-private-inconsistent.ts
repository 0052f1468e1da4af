import type { LintRule, RuleHit } from './types';
import { userKeys } from './context';
import { privateMismatch } from '../keys/private-jwk';
import type { PublicJwk } from '../keys/spki';

/** privateMismatch per pasted key: an RSA key given without its primes costs a full-size
 * exponentiation, and the rule runs on every inspection with the same (cached, frozen) key. */
const checked = new WeakMap<object, string | null>();

function mismatchOf(members: Readonly<Record<string, unknown>>): string | undefined {
  let why = checked.get(members);
  if (why === undefined) {
    const jwk = Object.fromEntries(Object.entries(members).filter(([, v]) => typeof v === 'string')) as PublicJwk;
    why = privateMismatch(jwk) ?? null;
    checked.set(members, why);
  }
  return why ?? undefined;
}

export const keyPrivateInconsistent: LintRule = {
  id: 'key-private-inconsistent',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'Private key parts disagree',
  explanation:
    'The private key you supplied does not hold together: for RSA, `n` is not `p`·`q`, `d` does not invert `e`, or the CRT values `dp`, `dq`, `qi` are wrong; for EC and OKP, the public point is not the one `d` gives; for ML-DSA (AKP), `pub` is not the key the `priv` seed gives; ' +
    'or a private key comes with a certificate or public key that is not its own. ' +
    'An RSA-CRT signer with a wrong `dp` or `dq` makes faulty signatures from which anyone recovers a factor of `n`; a mismatched public part makes verifiers trust a key the signer does not hold. Importers mostly do not check.',
  references: ['RFC 8017 §3.2', "RFC 9964 'Mismatched AKP Parameters'", 'Boneh, DeMillo, Lipton, EUROCRYPT 1997'],
  check(ctx) {
    const hits: RuleHit[] = [];
    const keys = userKeys(ctx);
    for (const c of keys) {
      const why = c.seedMismatch ?? (c.hadPrivate && c.members ? mismatchOf(c.members) : undefined);
      if (why) hits.push({ message: `Your private key (${c.label}) does not hold together: ${why}` });
    }
    // A PEM bundle: a private key pasted with certificates or public keys that are none of its own.
    const pem = keys.filter((c) => c.source !== 'jwk' && c.source !== 'jwks');
    const publics = pem.filter((c) => !c.hadPrivate);
    for (const c of pem.filter((k) => k.hadPrivate)) {
      if (publics.length && !publics.some((p) => p.thumbprint === c.thumbprint)) {
        const names = publics.slice(0, 3).map((p) => p.label).join(', ');
        hits.push({ message: `Your private key (${c.label}) is not the key of the ${publics.length === 1 ? 'certificate or public key' : 'certificates or public keys'} pasted with it (${names}).` });
      }
    }
    return hits;
  },
};
