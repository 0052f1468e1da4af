// Algorithm-confusion proof: an HS* token whose HMAC key is some serialization of a public key
// the verifier holds (RS256 → HS256 with the PEM as the secret). Every byte form a server may
// keep the key in is tried; a match is proof that whoever minted the token held only the
// public key. RFC 8725 §2.1.
import { encodeBase64url } from '../parse/base64url';
import { TAG, encode, encodeInteger } from '../crypto/der';
import { toPem } from '../crypto/pem';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import { readOpensshLine } from '../keys/openssh';
import { jwkFromSpki, spkiFromJwk, type PublicJwk } from '../keys/spki';
import { candidateBudget, hmacMatcher, type HmacAlg } from './hmac-matcher';
import { curveOf, curves } from '../algorithms';
import { thumbprintInput } from '../keys/candidate';

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

const base64 = (bytes: Uint8Array) => {
  const url = encodeBase64url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
};

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
function opensshLine(jwk: PublicJwk): string | undefined {
  const s = (t: string) => sshString(utf8.encode(t));
  const b = (name: string) => decodeJwkBytes(jwk[name]) ?? new Uint8Array();
  let type: string;
  let blob: number[];
  const curve = curveOf(jwk.crv);
  const ssh = curve?.kty === jwk.kty ? curve.ssh : undefined;
  if (jwk.kty === 'RSA') [type, blob] = ['ssh-rsa', [...s('ssh-rsa'), ...sshMpint(b('e')), ...sshMpint(b('n'))]];
  else if (ssh && jwk.kty === 'EC') {
    const id = ssh.slice('ecdsa-sha2-'.length);
    type = ssh;
    blob = [...s(type), ...s(id), ...sshString(Uint8Array.of(4, ...b('x'), ...b('y')))];
  } else if (ssh && jwk.kty === 'OKP') [type, blob] = [ssh, [...s(ssh), ...sshString(b('x'))]];
  else return undefined;
  return `${type} ${base64(Uint8Array.from(blob))}`;
}

const REQUIRED: Record<string, string[]> = { RSA: ['e', 'kty', 'n'], EC: ['crv', 'kty', 'x', 'y'], OKP: ['crv', 'kty', 'x'] };

function publicJwkOf(key: ConfusionKey): PublicJwk | undefined {
  const given = key.jwk;
  if (given && typeof given.kty === 'string' && REQUIRED[given.kty]) {
    const jwk: PublicJwk = {};
    for (const [name, value] of Object.entries(given)) if (typeof value === 'string') jwk[name] = value;
    return jwk;
  }
  if (!key.spki) return undefined;
  try {
    return jwkFromSpki(key.spki);
  } catch {
    return undefined;
  }
}


/** OpenSSH key types: RSA, DSA, the curves' (curve table) and security keys. */
const SSH_TYPES = ['ssh-rsa', 'ssh-dss', ...curves.flatMap((c) => (c.ssh ? [c.ssh] : [])), 'sk-[a-z0-9@.-]+'];
const OPENSSH_LINE = new RegExp(`^(?:${SSH_TYPES.join('|')}) AAAA[A-Za-z0-9+/]+={0,2}(?: \\S.*)?$`);

/** 'PEM', 'JWK' or 'OpenSSH public key' when the text is written like a public key. */
export function publicKeyTextKind(text: string): 'PEM' | 'JWK' | 'OpenSSH public key' | undefined {
  const t = text.trim();
  if (OPENSSH_LINE.test(t)) return 'OpenSSH public key';
  if (/^-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|CERTIFICATE)-----/.test(t)) return 'PEM';
  if (t.startsWith('{') && /"kty"\s*:/.test(t)) return 'JWK';
  return undefined;
}

/** The public JWK inside an OpenSSH public key line (RSA, NIST ECDSA, Ed25519), if readable. */
export function jwkFromOpenssh(line: string): PublicJwk | undefined {
  const read = readOpensshLine(line);
  return typeof read === 'object' ? read.jwk : undefined;
}

/** Every byte form of the key worth trying as an HMAC secret, named for the report. */
export function keySerializations(key: ConfusionKey): Serialization[] {
  const out: Serialization[] = [];
  if (key.text?.trim()) out.push(...textForms(`${publicKeyTextKind(key.text) ?? 'key'} as pasted`, key.text));
  const jwk = publicJwkOf(key);
  const spki = key.spki ?? (jwk && spkiFromJwk(jwk));
  if (spki) {
    out.push({ name: 'SPKI DER', bytes: spki }, ...textForms('SPKI PEM', toPem('PUBLIC KEY', spki)));
    out.push({ name: 'SPKI base64 (one line)', bytes: utf8.encode(base64(spki)) });
  }
  if (jwk?.kty === 'RSA') {
    const pkcs1 = encode(TAG.sequence, encodeInteger(decodeJwkBytes(jwk.n) ?? new Uint8Array()), encodeInteger(decodeJwkBytes(jwk.e) ?? new Uint8Array()));
    out.push({ name: 'PKCS#1 DER', bytes: pkcs1 }, ...textForms('PKCS#1 PEM', toPem('RSA PUBLIC KEY', pkcs1)));
  }
  const ssh = jwk && opensshLine(jwk);
  if (ssh) out.push(...textForms('OpenSSH public key line', ssh));
  if (key.jwk) {
    out.push(...textForms('JWK JSON', JSON.stringify(key.jwk)), ...textForms('JWK JSON (pretty)', JSON.stringify(key.jwk, null, 2)));
  }
  const canonical = jwk && thumbprintInput(jwk);
  if (canonical) out.push(...textForms('JWK JSON (RFC 7638 canonical)', canonical));
  if (key.certificate) {
    out.push({ name: 'X.509 certificate DER', bytes: key.certificate }, ...textForms('X.509 certificate PEM', toPem('CERTIFICATE', key.certificate)));
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
  let budget = candidateBudget(signingInput.length);
  for (const key of keys) {
    for (const s of keySerializations(key)) {
      if (budget-- <= 0) return undefined;
      if (matcher.matches(s.bytes)) return { key: key.label, serialization: s.name };
    }
  }
  return undefined;
}
