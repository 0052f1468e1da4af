// The header's `x5c` chain (RFC 7515 §4.1.6) read for the E rules: each entry's base64 (standard
// alphabet, padded), its DER, and the certificate facts the keys module reads from it.
import { decodeStdBase64 } from '../crypto/pem';
import { readCertificate, type CertificateInfo } from '../keys/x509';
import type { RuleContext } from '../rules/types';

export interface X5cEntry {
  index: number;
  der?: Uint8Array;
  certificate?: CertificateInfo;
  /** What is wrong with this entry, in words; empty when it is a readable certificate. */
  problems: string[];
}

export type X5cChain = { ok: true; entries: X5cEntry[] } | { ok: false; problem: string };

const STD_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function readX5c(value: unknown): X5cChain {
  if (!Array.isArray(value)) return { ok: false, problem: '`x5c` is not an array of certificates' };
  if (value.length === 0) return { ok: false, problem: '`x5c` is an empty array' };
  return { ok: true, entries: value.slice(0, 32).map((v, index) => readEntry(v, index)) };
}

function readEntry(value: unknown, index: number): X5cEntry {
  const entry: X5cEntry = { index, problems: [] };
  if (typeof value !== 'string') {
    entry.problems.push('is not a string');
    return entry;
  }
  if (/[-_]/.test(value)) entry.problems.push('uses base64url characters (- or _) where x5c requires standard base64');
  if (/\s/.test(value)) entry.problems.push('contains whitespace');
  const compact = value.replace(/\s/g, '');
  const chars = compact.replace(/-/g, '+').replace(/_/g, '/');
  if (!STD_BASE64.test(chars) || chars.replace(/=+$/, '').length % 4 === 1) {
    entry.problems.push('is not valid base64');
    return entry;
  }
  if (compact.length % 4 !== 0) entry.problems.push('lacks its base64 padding');
  entry.der = decodeStdBase64(chars);
  try {
    entry.certificate = readCertificate(entry.der);
  } catch {
    entry.problems.push('is not a DER X.509 certificate');
  }
  return entry;
}

/** The chain of the token's header, when it has an `x5c` member. */
export function headerX5c(ctx: RuleContext): X5cChain | undefined {
  return ctx.header && Object.hasOwn(ctx.header, 'x5c') ? readX5c(ctx.header.x5c) : undefined;
}
