// OpenSSH public keys, the one-line `type base64 [comment]` form of ~/.ssh/*.pub and
// authorized_keys (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4): ssh-rsa, ecdsa-sha2-nistp256/384/521,
// ssh-ed25519 and ssh-ed448 become public keys; several lines are several keys. Key types JWS
// cannot use (DSA, security keys, certificates) get a sentence each.
import { encodeBase64url } from '../parse/base64url';
import { decodePoint } from '../crypto/curves';
import type { KeyCandidate, KeyParse } from './types';
import type { TextSpan } from '../report';
import { buildCandidate } from './candidate';
import type { PublicJwk } from './spki';
import { curveBySsh } from '../algorithms';

/** A key type, then the base64 blob (it starts with AAAA: the type's length, under 256). Options
 * of an authorized_keys line may come before the type. */
const KEY_LINE = /(?:^|\s)((?:ssh-|ecdsa-sha2-|sk-)[a-z0-9@.-]+)\s+(AAAA[A-Za-z0-9+/]*={0,2})(?:\s+(.*))?$/;
/** Unreadable lines listed beside the keys that were read; the rest are counted. */
const MAX_ISSUES = 5;

export interface OpensshKey {
  jwk: PublicJwk;
  /** The key as a .pub file holds it: type, base64, comment (authorized_keys options dropped). */
  text: string;
  comment?: string;
}

/** True when the text's first line (not blank, not a # comment) is an OpenSSH public key. */
export function looksLikeOpenssh(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && KEY_LINE.test(first.trim());
}

/** One line: its public JWK, a sentence on why it cannot be used, or undefined when it is not
 * written like an OpenSSH public key at all. */
export function readOpensshLine(line: string): OpensshKey | string | undefined {
  const trimmed = line.trim();
  const m = KEY_LINE.exec(trimmed);
  if (!m) return undefined;
  const [, type = '', b64 = '', comment] = m;
  let blob: Uint8Array;
  try {
    blob = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return `This ${type} key's base64 is damaged.`;
  }
  const fields = sshFields(blob);
  if (!fields) return `This ${type} key's data is cut short or has extra bytes, so it is not a real key.`;
  const name = new TextDecoder().decode(fields[0]);
  if (name !== type) return `This line says ${type} but its data holds a ${name || 'nameless'} key.`;
  const jwk = jwkOf(type, fields.slice(1));
  if (typeof jwk === 'string') return jwk;
  const text = trimmed.slice(m.index + m[0].indexOf(type));
  return { jwk, text, ...(comment?.trim() ? { comment: comment.trim() } : {}) };
}

/** The length-prefixed strings of an SSH wire blob (RFC 4251 §5), or undefined when they do not
 * add up to the whole blob. */
function sshFields(blob: Uint8Array): Uint8Array[] | undefined {
  const fields: Uint8Array[] = [];
  let at = 0;
  while (at < blob.length) {
    if (at + 4 > blob.length) return undefined;
    const n = ((blob[at]! << 24) | (blob[at + 1]! << 16) | (blob[at + 2]! << 8) | blob[at + 3]!) >>> 0;
    if (at + 4 + n > blob.length) return undefined;
    fields.push(blob.subarray(at + 4, at + 4 + n));
    at += 4 + n;
  }
  return fields.length ? fields : undefined;
}

/** mpint (RFC 4251 §5): two's complement, so a leading zero octet may precede a high bit. */
const unsigned = (bytes: Uint8Array) => encodeBase64url(bytes[0] === 0 ? bytes.subarray(1) : bytes);

function jwkOf(type: string, f: Uint8Array[]): PublicJwk | string {
  const broken = `This ${type} key's data does not have the fields such a key has.`;
  if (type === 'ssh-rsa') return f.length === 2 ? { kty: 'RSA', n: unsigned(f[1]!), e: unsigned(f[0]!) } : broken;
  // The SSH key type names the curve (curve table): ssh-ed25519, ecdsa-sha2-nistp256, …
  const curve = curveBySsh(type);
  if (curve?.kty === 'OKP') {
    const { crv, coordinateBytes } = curve;
    return f.length === 1 && f[0]!.length === coordinateBytes ? { kty: 'OKP', crv, x: encodeBase64url(f[0]!) } : broken;
  }
  if (curve) {
    // RFC 5656 §3.1: the blob repeats the curve identifier, "nistp256".
    if (f.length !== 2 || new TextDecoder().decode(f[0]) !== type.slice('ecdsa-sha2-'.length)) return broken;
    const crv = curve.crv;
    const point = decodePoint(crv, f[1]!);
    if (!point) return `This ${type} key's point is not a valid ${crv} point encoding.`;
    return { kty: 'EC', crv, x: encodeBase64url(point.x), y: encodeBase64url(point.y) };
  }
  if (type === 'ssh-dss') return 'This is an OpenSSH DSA key (ssh-dss); JWS signs only with RSA, ECDSA or EdDSA keys.';
  if (type.endsWith('-cert-v01@openssh.com')) return 'This is an OpenSSH certificate; paste the public key line (the .pub file) instead.';
  if (type.startsWith('sk-')) return `This is a security-key (FIDO) SSH key (${type}); it signs in a format JWS does not use.`;
  return `This OpenSSH key type (${type}) is not one JWS signs with.`;
}

/** Every line of the text as an OpenSSH public key (blank lines and # comments skipped). */
export function candidatesFromOpenssh(text: string): KeyParse {
  const lines: { line: string; number: number; span: TextSpan }[] = [];
  let from = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() !== '' && !line.trim().startsWith('#')) lines.push({ line, number: i + 1, span: { from, to: from + line.length } });
    from += raw.length + 1;
  });
  const candidates: KeyCandidate[] = [];
  const errors: { error: string; errorAt: TextSpan }[] = [];
  lines.forEach(({ line, number, span }, i) => {
    const read = readOpensshLine(line);
    const where = lines.length > 1 ? `Line ${number}: ` : '';
    if (read === undefined) errors.push({ error: `${where}this line is not an OpenSSH public key (type, then base64).`, errorAt: span });
    else if (typeof read === 'string') errors.push({ error: `${where}${read}`, errorAt: span });
    else candidates.push(candidateOf(read, lines.length > 1 ? i + 1 : 0));
  });
  if (candidates.length === 0) {
    const first = errors[0] ?? { error: 'This text has no OpenSSH public key line.', errorAt: { from: 0, to: text.length } };
    return { kind: 'unrecognised', candidates: [], setIssues: [], ...first };
  }
  const issues = errors.slice(0, MAX_ISSUES).map((e) => e.error);
  if (errors.length > MAX_ISSUES) issues.push(`${errors.length - MAX_ISSUES} more lines are not OpenSSH public keys either.`);
  return { kind: 'openssh', candidates, setIssues: issues };
}

function candidateOf(key: OpensshKey, index: number): KeyCandidate {
  const base = index ? `OpenSSH public key #${index}` : 'OpenSSH public key';
  const comment = key.comment && key.comment.length > 60 ? `${key.comment.slice(0, 57)}…` : key.comment;
  return buildCandidate({ label: comment ? `${base} "${comment}"` : base, source: 'openssh', jwk: key.jwk, sshLine: key.text });
}
