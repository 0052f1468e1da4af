// Algorithm-confusion proof: an HS* token whose HMAC key is some serialization of a public key
// the verifier holds (RS256 → HS256 with the PEM as the secret). Every byte form a server may
// keep the key in is tried; a match is proof that whoever minted the token held only the
// public key. RFC 8725 §2.1.
import { toBase64 } from './der';
import { hmacMatcher, type HmacAlg } from './hmac-matcher';
import { partsFromJwk, partsFromSpki, pkcs1Der, spkiDer, type PublicKeyParts } from './public-key-bytes';

export interface ConfusionKey {
  label: string;
  spki?: Uint8Array;
  jwk?: Record<string, unknown>;
  /** PEM or JWK text exactly as the user pasted it. */
  text?: string;
  certificate?: Uint8Array;
}

export interface Serialization {
  name: string;
  bytes: Uint8Array;
}

export interface ConfusionMatch {
  key: string;
  serialization: string;
}

const utf8 = new TextEncoder();

function pem(label: string, der: Uint8Array): string {
  const body = toBase64(der).replace(/.{64}(?=.)/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** The text as given, then with and without a final newline, LF and CRLF. */
function textForms(name: string, text: string): Serialization[] {
  const lf = text.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  const crlf = lf.replace(/\n/g, '\r\n');
  const forms: [string, string][] = [
    [name, text],
    [`${name} with final newline`, `${lf}\n`],
    [`${name} without final newline`, lf],
    [`${name} with CRLF line ends`, `${crlf}\r\n`],
    [`${name} with CRLF line ends, no final newline`, crlf],
  ];
  return forms.map(([n, t]) => ({ name: n, bytes: utf8.encode(t) }));
}

function sshString(bytes: Uint8Array): number[] {
  const n = bytes.length;
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff, ...bytes];
}
function sshMpint(bytes: Uint8Array): number[] {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  return sshString(v.length && v[0]! & 0x80 ? Uint8Array.of(0, ...v) : v);
}

/** OpenSSH `authorized_keys` line without comment (RFC 4253 §6.6, RFC 5656, RFC 8709). */
function opensshLine(p: PublicKeyParts): string | undefined {
  const s = (t: string) => sshString(utf8.encode(t));
  let blob: number[];
  let type: string;
  if (p.kty === 'RSA') [type, blob] = ['ssh-rsa', [...s('ssh-rsa'), ...sshMpint(p.e), ...sshMpint(p.n)]];
  else if (p.kty === 'EC' && p.crv.startsWith('P-')) {
    const id = `nistp${p.crv.slice(2)}`;
    type = `ecdsa-sha2-${id}`;
    const point = spkiDer(p).subarray(-(1 + p.x.length + p.y.length));
    blob = [...s(type), ...s(id), ...sshString(point)];
  } else if (p.kty === 'OKP' && p.crv === 'Ed25519') [type, blob] = ['ssh-ed25519', [...s('ssh-ed25519'), ...sshString(p.x)]];
  else return undefined;
  return `${type} ${toBase64(Uint8Array.from(blob))}`;
}

function canonicalJwk(p: PublicKeyParts, jwk: Record<string, unknown>): string {
  const members = p.kty === 'RSA' ? ['e', 'kty', 'n'] : p.kty === 'EC' ? ['crv', 'kty', 'x', 'y'] : ['crv', 'kty', 'x'];
  return JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
}

/** Every byte form of the key worth trying as an HMAC secret, named for the report. */
export function keySerializations(key: ConfusionKey): Serialization[] {
  const out: Serialization[] = [];
  const parts = (key.spki && partsFromSpki(key.spki)) || (key.jwk && partsFromJwk(key.jwk)) || undefined;
  if (key.text?.trim()) out.push(...textForms(key.text.trim().startsWith('{') ? 'JWK as pasted' : 'PEM as pasted', key.text));
  if (parts) {
    const spki = key.spki ?? spkiDer(parts);
    out.push({ name: 'SPKI DER', bytes: spki }, ...textForms('SPKI PEM', pem('PUBLIC KEY', spki)));
    out.push({ name: 'SPKI base64 (one line)', bytes: utf8.encode(toBase64(spki)) });
    if (parts.kty === 'RSA') {
      const pkcs1 = pkcs1Der(parts);
      out.push({ name: 'PKCS#1 DER', bytes: pkcs1 }, ...textForms('PKCS#1 PEM', pem('RSA PUBLIC KEY', pkcs1)));
    }
    const ssh = opensshLine(parts);
    if (ssh) out.push(...textForms('OpenSSH public key line', ssh));
    const jwk = key.jwk;
    if (jwk) {
      out.push(...textForms('JWK JSON', JSON.stringify(jwk)), ...textForms('JWK JSON (pretty)', JSON.stringify(jwk, null, 2)));
      out.push(...textForms('JWK JSON (RFC 7638 canonical)', canonicalJwk(parts, jwk)));
    }
  }
  if (key.certificate) {
    out.push({ name: 'X.509 certificate DER', bytes: key.certificate }, ...textForms('X.509 certificate PEM', pem('CERTIFICATE', key.certificate)));
  }
  return out;
}

/** The first key serialization that reproduces the HS* signature, if any. */
export function findConfusion(
  alg: HmacAlg,
  signingInput: Uint8Array,
  signature: Uint8Array,
  keys: readonly ConfusionKey[],
): ConfusionMatch | undefined {
  const matcher = hmacMatcher(alg, signingInput, signature);
  if (!matcher) return undefined;
  for (const key of keys) {
    for (const s of keySerializations(key)) if (matcher.matches(s.bytes)) return { key: key.label, serialization: s.name };
  }
  return undefined;
}
