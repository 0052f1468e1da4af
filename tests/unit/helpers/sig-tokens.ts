// Test-only: ECDSA and EdDSA tokens minted with Node's crypto, signature surgery (replace, flip
// s to n - s, add L to S), and the clean RS256 token that no format/alg rule may flag.
import { generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import type { Finding } from '../../../src/core/report';
import { b64url, hits, NOW, rs256Token, rsaPublicPem, run } from './mint';

type Json = Record<string, unknown>;

const CURVES = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521', ES256K: 'secp256k1' } as const;
const HASHES = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', ES256K: 'sha256' } as const;
export type EsAlg = keyof typeof CURVES;

const keys = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();
function keyPair(kind: string) {
  let pair = keys.get(kind);
  if (!pair) {
    pair =
      kind === 'ed25519' || kind === 'ed448'
        ? generateKeyPairSync(kind as 'ed25519')
        : generateKeyPairSync('ec', { namedCurve: kind });
    keys.set(kind, pair);
  }
  return pair;
}

/** An ES* token with a raw (IEEE P1363) r‖s signature, or DER when `der` is set. */
export function esToken(alg: EsAlg, header: Json, payload: Json, der = false): string {
  const input = `${b64url(JSON.stringify({ alg, ...header }))}.${b64url(JSON.stringify(payload))}`;
  const sig = nodeSign(HASHES[alg], Buffer.from(input), {
    key: keyPair(CURVES[alg]).privateKey,
    dsaEncoding: der ? 'der' : 'ieee-p1363',
  });
  return `${input}.${b64url(sig)}`;
}

export function esPublicJwk(alg: EsAlg): string {
  return JSON.stringify(keyPair(CURVES[alg]).publicKey.export({ format: 'jwk' }));
}

/** An EdDSA token (alg EdDSA unless given) signed with a fresh Ed25519 or Ed448 key. */
export function edToken(curve: 'Ed25519' | 'Ed448', header: Json, payload: Json): string {
  const input = `${b64url(JSON.stringify({ alg: 'EdDSA', ...header }))}.${b64url(JSON.stringify(payload))}`;
  const sig = nodeSign(null, Buffer.from(input), keyPair(curve.toLowerCase()).privateKey);
  return `${input}.${b64url(sig)}`;
}

export function edPublicJwk(curve: 'Ed25519' | 'Ed448'): string {
  return JSON.stringify(keyPair(curve.toLowerCase()).publicKey.export({ format: 'jwk' }));
}

export function signatureOf(token: string): Uint8Array {
  return new Uint8Array(Buffer.from(token.split('.')[2]!, 'base64url'));
}

export function withSignature(token: string, sig: Uint8Array | string): string {
  const [h, p] = token.split('.');
  return `${h}.${p}.${typeof sig === 'string' ? sig : b64url(sig)}`;
}

export function toBytes(v: bigint, length: number, littleEndian = false): Uint8Array {
  const out = new Uint8Array(length);
  let x = v;
  for (let i = 0; i < length; i++) {
    out[littleEndian ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

export function fromBytes(b: Uint8Array, littleEndian = false): bigint {
  const bytes = littleEndian ? [...b].reverse() : [...b];
  return bytes.reduce((v, x) => (v << 8n) | BigInt(x), 0n);
}

export const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
export const ED25519_L = (1n << 252n) + 27742317777372353535851937790883648493n;

/** The same ES256 token with s replaced by n - s (the other valid signature). */
export function flipS(token: string, n = P256_N): string {
  const sig = signatureOf(token);
  const half = sig.length / 2;
  const s = fromBytes(sig.slice(half));
  return withSignature(token, new Uint8Array([...sig.slice(0, half), ...toBytes(n - s, half)]));
}

/** A well-formed RS256 token with the usual claims, 10 minutes of life, and its 2048-bit key. */
export function cleanToken(): { token: string; key: string } {
  const token = rs256Token(
    { alg: 'RS256', typ: 'JWT' },
    { iss: 'https://issuer.example.com', sub: 'u1', aud: 'api', iat: NOW, exp: NOW + 600 },
  );
  return { token, key: rsaPublicPem() };
}

/** The findings of `rule` on cleanToken() verified with its key. */
export async function cleanHits(rule: string): Promise<Finding[]> {
  const { token, key } = cleanToken();
  return hits(await run(token, { key }), rule);
}
