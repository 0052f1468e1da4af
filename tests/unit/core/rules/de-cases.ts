// Table helpers for the tests of rule sections D and E: each case is a token (and optionally a
// key) run through inspect() at the tests' fixed clock, stating the strongest severity expected.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { b64url, hmacToken, NOW, rs256Token, rsaKeys } from '../../helpers/mint';

export { NOW };
export const GOOD = { iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540 };
export const RS = { alg: 'RS256', typ: 'JWT' };
export const HS = { alg: 'HS256', typ: 'JWT' };
/** A secret no list contains, 32 random-looking bytes of text. */
export const STRONG = 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUfR2';

type Json = Record<string, unknown>;

/** An HS* token signed with `secret` (default: a strong one). */
export const hs = (header: Json = HS, payload: Json = GOOD, secret: string | Uint8Array = STRONG) =>
  hmacToken(header, payload, secret);

/** An RS256 token signed with the tests' 2048-bit key. */
export const rs = (header: Json = RS, payload: Json = GOOD) => rs256Token(header, payload);

/** A compact JWE with the given protected header; the other parts are filler bytes. */
export const jwe = (header: Json, encryptedKey = 'AAAA') =>
  `${b64url(JSON.stringify(header))}.${encryptedKey}.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;

/** Any asymmetric token signed with `key` (ECDSA in JOSE R||S form). */
export function signed(header: Json, payload: Json, key: KeyObject): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const alg = String(header.alg);
  const hash = alg.startsWith('Ed') ? null : `sha${alg.slice(2) || '256'}`;
  const sig = sign(hash, Buffer.from(input), key.asymmetricKeyType === 'ec' ? { key, dsaEncoding: 'ieee-p1363' } : key);
  return `${input}.${b64url(sig)}`;
}

const cache = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();
/** Key pairs made once per run: 'rsa1024', 'rsa-e3', 'p256', 'p384'. */
export function pair(name: 'rsa1024' | 'rsa-e3' | 'p256' | 'p384') {
  let p = cache.get(name);
  if (!p) {
    if (name === 'rsa1024') p = generateKeyPairSync('rsa', { modulusLength: 1024 });
    else if (name === 'rsa-e3') p = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 3 });
    else p = generateKeyPairSync('ec', { namedCurve: name === 'p256' ? 'P-256' : 'P-384' });
    cache.set(name, p);
  }
  return p;
}

export const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
export const jwk = (key: KeyObject, extra: Json = {}) => ({ ...(key.export({ format: 'jwk' }) as Json), ...extra });
export const jwks = (...keys: Json[]) => JSON.stringify({ keys });
export const mainJwk = (extra: Json = {}) => jwk(rsaKeys().publicKey, extra);

export const HAS_OPENSSL = existsSync('/usr/bin/openssl');

/** A self-signed certificate (DER) for `privateKey`, valid from the machine's clock for `days`,
 * made by the openssl CLI (check HAS_OPENSSL first). */
export function selfSigned(privateKey: KeyObject, days = 3650, cn = 'test'): Buffer {
  const file = join(mkdtempSync(join(tmpdir(), 'jwt-cert-')), 'key.pem');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return execFileSync('openssl', ['req', '-x509', '-key', file, '-subj', `/CN=${cn}`, '-days', String(days), '-outform', 'DER']);
}

/** Unix seconds of the machine's clock (certificates made by selfSigned start there). */
export const REAL_NOW = Math.floor(Date.now() / 1000);

export { expectCase, expectQuietOnCleanAndGarbage, ruleSuite, type Case } from '../../helpers/rule-suite';
