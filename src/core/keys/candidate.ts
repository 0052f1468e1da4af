// Turns a public JWK plus where it came from into a fully described KeyCandidate: size, curve,
// exponent, RFC 7638 thumbprint, SPKI DER, and the problems that make it weak or unusable.
import { encodeBase64url } from '../parse/base64url';
import { curveBits } from '../algorithms';
import { pointProblem } from '../crypto/curves';
import { bitLength, bytesToBigInt } from '../crypto/der';
import { sha256Bytes } from '../crypto/hmac';
import { hasRocaFingerprint } from '../crypto/roca';
import type { KeyCandidate } from './types';
import type { KeyProblem, KeySource } from '../report';
import { decodeJwkBytes } from './jwk-bytes';
import { akpProblem } from './akp';
import { lowerFirst } from '../text';
import { spkiFromJwk, type PublicJwk } from './spki';

export interface CandidateInput {
  label: string;
  source: KeySource;
  /** Public JWK members only (kty + n/e, crv/x/y, crv/x, or k). */
  jwk: PublicJwk;
  hadPrivate?: boolean;
  kid?: string;
  alg?: string;
  use?: string;
  keyOps?: string[];
  spki?: Uint8Array;
  pem?: string;
  sshLine?: string;
  certificate?: Uint8Array;
  notBefore?: number;
  notAfter?: number;
  /** EC parameters were written out in full (explicit) rather than named. */
  explicitCurve?: boolean;
  /** How the key text was read, when that needs saying (whitespace removed…). */
  notes?: string[];
}

const REQUIRED: Record<string, string[]> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  oct: ['k', 'kty'],
  AKP: ['alg', 'kty', 'pub'], // RFC 9964 'AKP Thumbprints'
};

/** RFC 7638 §3: the required members, sorted, no whitespace (what a thumbprint hashes). */
export function thumbprintInput(jwk: PublicJwk): string | undefined {
  const names = REQUIRED[jwk.kty ?? ''];
  if (!names || names.some((n) => typeof jwk[n] !== 'string')) return undefined;
  return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(jwk[n])}`).join(',')}}`;
}

/** RFC 7638: SHA-256 of thumbprintInput, base64url. */
export function jwkThumbprint(jwk: PublicJwk): string | undefined {
  const json = thumbprintInput(jwk);
  return json === undefined ? undefined : encodeBase64url(sha256Bytes(new TextEncoder().encode(json)));
}

export function buildCandidate(input: CandidateInput): KeyCandidate {
  const { jwk } = input;
  const kty = jwk.kty as KeyCandidate['kty'];
  const problems: KeyProblem[] = [];
  const candidate: KeyCandidate = {
    label: input.label,
    source: input.source,
    kty,
    hadPrivate: input.hadPrivate ?? false,
    problems,
  };
  const optional = {
    kid: input.kid,
    // An AKP key names its alg among its key members (RFC 9964), also when read from SPKI.
    alg: input.alg ?? (kty === 'AKP' ? jwk.alg : undefined),
    use: input.use,
    keyOps: input.keyOps,
    pem: input.pem,
    sshLine: input.sshLine,
    certificate: input.certificate,
    notBefore: input.notBefore,
    notAfter: input.notAfter,
    notes: input.notes?.length ? input.notes : undefined,
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined) (candidate as unknown as Record<string, unknown>)[name] = value;
  }
  if (input.hadPrivate) {
    problems.push({
      code: 'private-key-given',
      message: 'You pasted a private key; only its public part is used, but treat that private key as exposed.',
    });
  }
  if (input.explicitCurve) {
    problems.push({
      code: 'ec-explicit-parameters',
      message: `This key writes out all of ${jwk.crv}'s parameters instead of naming the curve; RFC 5480 wants the name, and WebCrypto and many JWT libraries refuse such keys (\`openssl ec -param_enc named_curve\` rewrites it).`,
    });
  }
  if (input.use !== undefined && input.use !== 'sig') {
    problems.push({ code: 'use-not-sig', message: `The key says "use": "${input.use}", so it is not meant for signatures.` });
  }
  if (input.keyOps && !input.keyOps.includes('verify')) {
    problems.push({ code: 'key-ops-no-verify', message: `The key's "key_ops" (${input.keyOps.join(', ')}) does not allow "verify".` });
  }
  if (kty === 'RSA') describeRsa(candidate, jwk, problems);
  if (kty === 'EC' || kty === 'OKP') describeCurve(candidate, jwk, problems);
  if (kty === 'oct') candidate.bits = (decodeJwkBytes(jwk.k)?.length ?? 0) * 8;
  const akp = kty === 'AKP' ? akpProblem(jwk) : undefined;
  if (akp?.severity === 'error') problems.push({ code: 'akp-key-invalid', message: `This ${jwk.alg} key is malformed: ${lowerFirst(akp.message)}` });
  candidate.thumbprint = jwkThumbprint(jwk);
  if (kty !== 'oct') {
    const meta = Object.fromEntries(
      Object.entries({ kid: input.kid, use: input.use, alg: input.alg, key_ops: input.keyOps }).filter(([, v]) => v !== undefined),
    );
    candidate.jwk = { ...jwk, ...meta };
    const spki = input.spki ?? spkiFromJwk(jwk);
    if (spki) candidate.spki = spki;
  }
  return candidate;
}

function describeRsa(candidate: KeyCandidate, jwk: PublicJwk, problems: KeyProblem[]): void {
  const n = bytesToBigInt(decodeJwkBytes(jwk.n) ?? new Uint8Array());
  const e = bytesToBigInt(decodeJwkBytes(jwk.e) ?? new Uint8Array());
  const bits = bitLength(n);
  candidate.bits = bits;
  candidate.exponent = e.toString();
  if (bits < 2048) {
    problems.push({ code: 'rsa-too-small', message: `This RSA key is ${bits} bits; anything under 2048 bits can be broken.` });
  }
  if (e <= 1n || e % 2n === 0n) {
    problems.push({
      code: 'rsa-exponent-weak',
      message: `The RSA public exponent is ${e}, which makes signatures trivially forgeable.`,
    });
  } else if (e < 65537n) {
    problems.push({ code: 'rsa-exponent-weak', message: `The RSA public exponent is ${e}; 65537 is the safe standard.` });
  }
  if (hasRocaFingerprint(n)) {
    problems.push({
      code: 'rsa-roca',
      message: 'This RSA key was made by a flawed Infineon chip (ROCA); its private key can be computed from it.',
    });
  }
}

function describeCurve(candidate: KeyCandidate, jwk: PublicJwk, problems: KeyProblem[]): void {
  const crv = jwk.crv ?? '';
  candidate.crv = crv;
  const bits = curveBits(crv);
  if (bits !== undefined) candidate.bits = bits;
  const x = decodeJwkBytes(jwk.x) ?? new Uint8Array();
  const y = jwk.kty === 'EC' ? (decodeJwkBytes(jwk.y) ?? new Uint8Array()) : undefined;
  const problem = pointProblem(crv, x, y);
  if (problem) problems.push({ code: 'ec-point-invalid', message: problem });
}

/** True when a problem makes the key unsafe to verify with at all. */
export function isUnusable(candidate: KeyCandidate): KeyProblem | undefined {
  return candidate.problems.find(
    (p) =>
      p.code === 'ec-point-invalid' ||
      p.code === 'rsa-roca' ||
      p.code === 'akp-key-invalid' ||
      (p.code === 'rsa-exponent-weak' && /^(0|1|\d*[02468])$/.test(candidate.exponent ?? '')),
  );
}
