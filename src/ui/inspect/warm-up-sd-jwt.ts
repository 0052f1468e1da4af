// A small SD-JWT+KB for the warm-up (issue 14): the SD-JWT code paths (Disclosure digests,
// processing, the Key Binding JWT's own inspection) compiled before the first real one arrives.
// The same EC key signs as Issuer and as Holder; it is a sample, not a credential.
import { base64url, segment, signJws } from '../samples/sign';

const sha256 = async (text: string) => base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));

export async function sdJwtSample(ec: CryptoKey, publicJwk: object, now: number): Promise<string> {
  const disclosures = Array.from({ length: 8 }, (_, i) => segment([`warm-up-salt-${i}-0123456789`, `claim_${i}`, `value ${i}`]));
  const payload = { iss: 'https://issuer.example', iat: now, exp: now + 600, _sd: await Promise.all(disclosures.map(sha256)), _sd_alg: 'sha-256', cnf: { jwk: publicJwk } };
  const presentation = `${await signJws({ alg: 'ES256', typ: 'dc+sd-jwt' }, payload, ec)}~${disclosures.map((d) => `${d}~`).join('')}`;
  const kb = await signJws({ alg: 'ES256', typ: 'kb+jwt' }, { nonce: 'warm-up', aud: 'https://verifier.example', iat: now, sd_hash: await sha256(presentation) }, ec);
  return presentation + kb;
}
