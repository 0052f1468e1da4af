import type { LintRule, RuleHit, RuleContext } from './types';
import { memberAt, userKeys } from './context';
import { headerX5c } from '../lint/x5c';
import { jwkFromSpki, type PublicJwk } from '../keys/spki';
import { factorFlaw, sharedPrimes, type FactorFlaw } from '../crypto/factor';
import { bytesToBigInt } from '../crypto/der';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { Span } from '../report';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const WHY: Record<FactorFlaw, string> = {
  'small-factor': 'it has a small prime factor',
  prime: 'it is a prime, not a product of two primes',
  'perfect-power': 'it is a perfect power',
  fermat: 'its two primes are so close that Fermat\'s method finds them at once',
  roca: 'it has the fingerprint of a flawed Infineon key generator (ROCA)',
};

interface Modulus {
  name: string;
  n: bigint;
  at?: Span;
}

export const keyRsaFactorable: LintRule = {
  id: 'key-rsa-factorable',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'RSA modulus can be factored',
  explanation:
    'An RSA modulus fails a cheap factoring test: it is even or has a prime factor below 2^16, it is a prime or a perfect power, its primes are so close that Fermat\'s method finds them within 2^16 steps, ' +
    'it has the ROCA fingerprint of Infineon\'s flawed key generator, or it shares a prime with another RSA modulus in the same inspection. ' +
    'The private key then follows from the public key, and every token the key verifies can be forged.',
  references: ['CVE-2017-15361 (ROCA)', 'CVE-2022-26320 (Fermat-factorable keys)', 'Heninger et al., USENIX Security 2012 (shared primes)', 'Wycheproof json_web_key_test.json #7'],
  check(ctx) {
    const moduli = rsaModuli(ctx);
    const hits: RuleHit[] = [];
    for (const m of moduli) {
      const flaw = factorFlaw(m.n);
      if (flaw) hits.push({ message: `The RSA key (${m.name}) can be factored: ${WHY[flaw.flaw]}.`, ...(m.at ? { at: m.at } : {}) });
    }
    for (const [i, j] of sharedPrimes(moduli.map((m) => m.n))) {
      hits.push({ message: `The RSA keys ${moduli[i]!.name} and ${moduli[j]!.name} share a prime factor, so both can be factored.`, ...(moduli[i]!.at ? { at: moduli[i]!.at } : {}) });
    }
    return hits;
  },
};

/** The public JWK of a certificate's key, or undefined when it cannot be read. */
function leafJwk(spki: Uint8Array): PublicJwk | undefined {
  try {
    return jwkFromSpki(spki);
  } catch {
    return undefined;
  }
}

/** The RSA moduli of this inspection: the pasted keys, then the token's own `jwk`, `cnf.jwk` and
 * `x5c` certificate; each distinct modulus once. */
function rsaModuli(ctx: RuleContext): Modulus[] {
  const out: Modulus[] = [];
  const add = (name: string, jwk: unknown, at?: Span) => {
    if (!isObject(jwk) || jwk.kty !== 'RSA') return;
    const bytes = decodeJwkBytes(jwk.n);
    if (!bytes) return;
    const n = bytesToBigInt(bytes);
    if (!out.some((m) => m.n === n)) out.push({ name, n, ...(at ? { at } : {}) });
  };
  for (const c of userKeys(ctx)) add(c.label, c.jwk);
  add('the token\'s own "jwk"', ctx.header?.jwk, memberAt(ctx, 'header', 'jwk'));
  const cnf = ctx.payload?.cnf;
  add('the payload\'s "cnf.jwk"', isObject(cnf) ? cnf.jwk : undefined, memberAt(ctx, 'payload', 'cnf'));
  const chain = headerX5c(ctx);
  const leaf = chain?.ok ? chain.entries[0]?.certificate : undefined;
  if (leaf) add('the token\'s own "x5c" certificate', leafJwk(leaf.spki), memberAt(ctx, 'header', 'x5c'));
  return out;
}
