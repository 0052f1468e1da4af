// A test issuer and holder for SD-JWTs (RFC 9901), with Node's crypto: Disclosures from plain
// values, issuer-signed JWTs (ES256), Key Binding JWTs over the presentation as built.
import { createHash, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { b64url, NOW } from './mint';

type Obj = Record<string, unknown>;

let keys: { issuer: { privateKey: KeyObject; publicKey: KeyObject }; holder: { privateKey: KeyObject; publicKey: KeyObject } } | undefined;
function pairs() {
  keys ??= { issuer: generateKeyPairSync('ec', { namedCurve: 'P-256' }), holder: generateKeyPairSync('ec', { namedCurve: 'P-256' }) };
  return keys;
}

/** The issuer's public key as JWK text (what the Key box gets). */
export const issuerJwk = (): string => JSON.stringify(pairs().issuer.publicKey.export({ format: 'jwk' }));
/** The holder's private JWK as text (what the Key box gets to re-make a key binding). */
export const holderPrivateJwk = (): string => JSON.stringify(pairs().holder.privateKey.export({ format: 'jwk' }));
/** The issuer's private JWK as text (a private key that is not the Holder's). */
export const issuerPrivateJwk = (): string => JSON.stringify(pairs().issuer.privateKey.export({ format: 'jwk' }));
/** The holder's public JWK, for `cnf.jwk`. */
export const holderJwk = (): Obj => pairs().holder.publicKey.export({ format: 'jwk' }) as Obj;

export interface D {
  text: string;
  digest: string;
}

const HASH: Record<string, string> = { 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512', 'sha3-256': 'sha3-256' };

export function digest(text: string, alg = 'sha-256'): string {
  return createHash(HASH[alg] ?? 'sha256').update(text, 'ascii').digest('base64url');
}

let counter = 0;
/** A fresh 16-byte salt, different each call. */
export const salt = (): string => b64url(createHash('sha256').update(`salt ${counter++}`).digest().subarray(0, 16));

/** An object-property Disclosure `[salt, name, value]`. */
export function prop(name: string, value: unknown, s = salt(), alg?: string): D {
  const text = b64url(JSON.stringify([s, name, value]));
  return { text, digest: digest(text, alg) };
}

/** An array-element Disclosure `[salt, value]`. */
export function elem(value: unknown, s = salt(), alg?: string): D {
  const text = b64url(JSON.stringify([s, value]));
  return { text, digest: digest(text, alg) };
}

export function es256(header: Obj, payload: Obj, key: KeyObject = pairs().issuer.privateKey): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(nodeSign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }))}`;
}

export const SD_HEADER = { alg: 'ES256', typ: 'example+sd-jwt' };
export const BASE = { iss: 'https://issuer.example.com', iat: NOW - 60, exp: NOW + 86_400 };

export interface KbOptions {
  header?: Obj;
  payload?: Obj;
  /** Sign with the issuer's key instead of the holder's. */
  wrongKey?: boolean;
}

/** `<issuer JWT>~<d1>~…~` plus a KB-JWT over exactly that text when `kb` is given. */
export function present(issuerJwt: string, disclosures: (D | string)[], kb?: KbOptions): string {
  const presentation = `${issuerJwt}~${disclosures.map((d) => `${typeof d === 'string' ? d : d.text}~`).join('')}`;
  if (!kb) return presentation;
  const payload = { nonce: 'n-0S6_WzA2Mj', aud: 'https://verifier.example.org', iat: NOW - 5, sd_hash: digest(presentation), ...kb.payload };
  const key = kb.wrongKey ? pairs().issuer.privateKey : pairs().holder.privateKey;
  return presentation + es256({ alg: 'ES256', typ: 'kb+jwt', ...kb.header }, payload, key);
}

/** An SD-JWT whose top-level claims `sd` are selectively disclosable, all presented. */
export function simple(sd: Obj, plain: Obj = BASE, opts: { header?: Obj; kb?: KbOptions; cnf?: boolean } = {}): { token: string; disclosures: D[] } {
  const disclosures = Object.entries(sd).map(([n, v]) => prop(n, v));
  const payload = { ...plain, _sd: disclosures.map((d) => d.digest).sort(), _sd_alg: 'sha-256', ...(opts.cnf || opts.kb ? { cnf: { jwk: holderJwk() } } : {}) };
  return { token: present(es256({ ...SD_HEADER, ...opts.header }, payload), disclosures, opts.kb), disclosures };
}
