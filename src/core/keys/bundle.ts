// A key in every form the workbench writes (issue 12): canonical public and private JWKs, SPKI
// and PKCS#8 PEM, the RFC 7638 thumbprint, and a summary. Shared by generateKey and convertKey.
import { curveBits } from '../algorithms';
import type { KeyType } from '../algorithms/jws';
import { bitLength, bytesToBigInt } from '../crypto/der';
import { toPem } from '../crypto/pem';
import type { ConcreteEncoding, JwkObject, KeyBundle, KeySummary } from '../report';
import { jwkThumbprint } from './candidate';
import { decodeJwkBytes } from './jwk-bytes';
import { canonicalJwk, pkcs8FromPrivateJwk } from './private-jwk';
import { spkiFromJwk, type PublicJwk } from './spki';

const PUBLIC_MEMBERS: Record<string, string[]> = { RSA: ['kty', 'n', 'e'], EC: ['kty', 'crv', 'x', 'y'], OKP: ['kty', 'crv', 'x'], AKP: ['kty', 'alg', 'pub'] };
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'priv'];

export interface BundleInput {
  /** The key's JWK members: public only, or with the private ones (`d`…); oct: `k`. */
  jwk: PublicJwk;
  kid?: string;
  alg?: string;
  use?: string;
  origin: KeyBundle['origin'];
  secretEncoding?: ConcreteEncoding;
  notes?: string[];
}

/** The bundle of one key; throws KeyError when a member does not fit its curve. */
export function bundleOf(input: BundleInput): KeyBundle {
  const jwk = canonicalJwk(input.jwk);
  const kty = jwk.kty as KeyType;
  const thumbprint = jwkThumbprint(jwk) ?? '';
  const meta = withoutUndefined({ kid: input.kid ?? thumbprint, alg: input.alg, use: input.use });
  const notes = [...(input.notes ?? [])];
  const bundle: KeyBundle = { thumbprint, key: summaryOf(jwk, meta, thumbprint), origin: input.origin, notes };
  if (input.secretEncoding) bundle.secretEncoding = input.secretEncoding;
  if (kty === 'oct') {
    bundle.privateJwk = { kty: 'oct', k: jwk.k ?? '', ...meta };
    return bundle;
  }
  const publicJwk = pick(jwk, PUBLIC_MEMBERS[kty] ?? []);
  bundle.publicJwk = { ...publicJwk, ...meta };
  const spki = spkiFromJwk(publicJwk);
  if (spki) bundle.spkiPem = toPem('PUBLIC KEY', spki);
  if (typeof jwk.d === 'string' || typeof jwk.priv === 'string') {
    const privateJwk = { ...publicJwk, ...pick(jwk, PRIVATE_MEMBERS) };
    bundle.privateJwk = { ...privateJwk, ...meta };
    const pkcs8 = pkcs8FromPrivateJwk(privateJwk);
    if (pkcs8) bundle.pkcs8Pem = toPem('PRIVATE KEY', pkcs8);
    else notes.push('This RSA private key gives only "d", not its primes, so it cannot be written as PKCS#8.');
  }
  return bundle;
}

function summaryOf(jwk: PublicJwk, meta: Record<string, string>, thumbprint: string): KeySummary {
  const summary: KeySummary = { kty: jwk.kty as KeyType, thumbprint, kid: meta.kid };
  if (meta.alg) summary.alg = meta.alg;
  if (jwk.crv) summary.crv = jwk.crv;
  const bits =
    jwk.kty === 'RSA'
      ? bitLength(bytesToBigInt(decodeJwkBytes(jwk.n) ?? new Uint8Array()))
      : jwk.kty === 'oct'
        ? (decodeJwkBytes(jwk.k)?.length ?? 0) * 8
        : curveBits(jwk.crv ?? '');
  if (bits !== undefined) summary.bits = bits;
  return summary;
}

function pick(jwk: PublicJwk, names: string[]): JwkObject {
  return Object.fromEntries(names.filter((n) => typeof jwk[n] === 'string').map((n) => [n, jwk[n]!]));
}

function withoutUndefined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined));
}
