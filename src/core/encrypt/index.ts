// encrypt(): a text (usually the token in the Token box) wrapped in a compact JWE for a
// recipient's key, with jose (loaded on first use). The recipient key is read like the Key box:
// a public (or private) RSA, EC or X25519 key for RSA-OAEP* and ECDH-ES*, an oct key or secret for
// A*KW, A*GCMKW and dir, a password for PBES2. What this page could not decrypt itself (192-bit
// AES, RSA1_5, X448: algorithms/jwe.ts) it does not make either. Never throws.
import { contentEncryptionOf, keyManagementOf, type KeyManagementInfo } from '../algorithms/jwe';
import { curveOf } from '../algorithms/curves';
import { convertKey } from '../keys/convert';
import { passwordOf } from '../decrypt/keys';
import { looksLikeCompactToken } from '../parse/nested';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { EncryptInput, EncryptResult, JwkObject, WorkbenchError } from '../report';

/** PBKDF2 iterations when the caller names none: well above jwe-pbes2-p2c's floor (1,000), and
 * quick to decrypt (a few tens of milliseconds). */
export const DEFAULT_P2C = 100_000;

const fail = (code: WorkbenchError['code'], message: string): EncryptResult => ({ ok: false, error: { code, message } });

export async function encryptText(input: EncryptInput): Promise<EncryptResult> {
  try {
    return await encryptWith(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('failed', `The crypto refused to encrypt with this key (${detail}).`);
  }
}

async function encryptWith(input: EncryptInput): Promise<EncryptResult> {
  const km = keyManagementOf(input.alg);
  const ce = contentEncryptionOf(input.enc);
  if (!km) return fail('bad-spec', `"${input.alg}" is not a JWE key-management algorithm (alg).`);
  if (!ce) return fail('bad-spec', `"${input.enc}" is not a JWE content-encryption algorithm (enc).`);
  const missing = km.missing ?? ce.missing;
  if (missing) return fail('unsupported', `This page cannot decrypt ${missing === 'AES-192' ? '192-bit AES' : km.alg} (Chromium lacks it), so it does not make such tokens either.`);
  const key = await recipientKey(km, ce.keyBytes, input);
  if ('error' in key) return { ok: false, error: key.error };

  const jose = await import('jose');
  const header: Record<string, unknown> = { alg: km.alg, enc: ce.enc };
  if (key.kid !== undefined) header.kid = key.kid;
  // RFC 7519 §5.2: a JWT inside a JWE says so.
  if (input.cty ?? looksLikeCompactToken(input.plaintext.trim())) header.cty = input.cty ?? 'JWT';
  const jwe = new jose.CompactEncrypt(new TextEncoder().encode(input.plaintext)).setProtectedHeader(header as never);
  if (km.family === 'PBES2') jwe.setKeyManagementParameters({ p2c: input.p2c ?? DEFAULT_P2C });
  const cryptoKey = key.bytes ?? (await jose.importJWK(key.jwk as never, km.alg));
  return { ok: true, token: await jwe.encrypt(cryptoKey as never), alg: km.alg, enc: ce.enc };
}

type RecipientKey = { jwk?: JwkObject; bytes?: Uint8Array; kid?: string } | { error: WorkbenchError };

async function recipientKey(km: KeyManagementInfo, cekBytes: number, input: EncryptInput): Promise<RecipientKey> {
  if (km.family === 'PBES2') {
    const password = passwordOf(input.key, input.secretEncoding ?? 'auto');
    if (!password?.length) return { error: { code: 'no-key', message: 'Type the password to encrypt with in the recipient key box.' } };
    return { bytes: password };
  }
  const converted = await convertKey(input.key, input.secretEncoding);
  if (!converted.ok) return { error: converted.error };
  const { publicJwk, privateJwk } = converted.bundle;
  const jwk = publicJwk ?? privateJwk!;
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  const named = (what: string) => ({ error: { code: 'unreadable-key' as const, message: `${km.alg} encrypts to ${what}; this key is ${describe(jwk)}.` } });
  if (km.kty === 'RSA') return jwk.kty === 'RSA' ? { jwk, kid } : named('an RSA public key');
  if (km.curves) {
    const fits = (jwk.kty === 'EC' || jwk.kty === 'OKP') && km.curves.includes(jwk.crv as never) && curveOf(jwk.crv)?.webCrypto;
    return fits ? { jwk, kid } : named('an EC key on P-256, P-384 or P-521, or an X25519 key');
  }
  if (jwk.kty !== 'oct') return named('a shared secret (an oct key)');
  const bytes = decodeJwkBytes(jwk.k)?.length;
  const wanted = km.family === 'dir' ? cekBytes : km.keyBytes;
  if (wanted !== undefined && bytes !== wanted) return named(`a ${wanted * 8}-bit secret`);
  return { jwk, kid };
}

function describe(jwk: JwkObject): string {
  if (jwk.kty === 'oct') return 'a shared secret';
  if (jwk.kty === 'RSA') return 'an RSA key';
  return typeof jwk.crv === 'string' ? `a ${jwk.crv} key` : `a ${String(jwk.kty)} key`;
}
