// Test-only token minting with Node's crypto: the tests build their cases from plain JSON
// instead of opaque strings. Nothing here is used by the app.
import { createHmac, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { inspect } from '../../../src/core/index';
import type { Finding, InspectInput, Report } from '../../../src/core/report';

/** 2026-01-01T00:00:00Z, the tests' usual "now". */
export const NOW = 1767225600;

export function b64url(data: string | Uint8Array): string {
  return Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64url');
}

type Json = Record<string, unknown> | string;
const text = (v: Json) => (typeof v === 'string' ? v : JSON.stringify(v));

/** header.payload.signature with the given (or empty) signature segment; no crypto. */
export function compact(header: Json, payload: Json, signature = ''): string {
  return `${b64url(text(header))}.${b64url(text(payload))}.${signature}`;
}

/** An HS256/384/512 token signed with `secret` (UTF-8 text or raw bytes). */
export function hmacToken(header: Json, payload: Json, secret: string | Uint8Array = 'secret'): string {
  const h = text(header);
  const alg = (JSON.parse(h) as { alg?: string }).alg ?? 'HS256';
  const bits = alg.slice(2) || '256';
  const input = `${b64url(h)}.${b64url(text(payload))}`;
  const sig = createHmac(`sha${bits}`, secret).update(input).digest();
  return `${input}.${b64url(sig)}`;
}

let rsa: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
/** A 2048-bit RSA key pair made once per test run. */
export function rsaKeys() {
  rsa ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
  return rsa;
}

/** An RS256 token signed with rsaKeys(); the public key PEM is `rsaPublicPem()`. */
export function rs256Token(header: Json, payload: Json): string {
  const input = `${b64url(text(header))}.${b64url(text(payload))}`;
  const sig = nodeSign('sha256', Buffer.from(input), rsaKeys().privateKey);
  return `${input}.${b64url(sig)}`;
}

export function rsaPublicPem(): string {
  return rsaKeys().publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** inspect() with the tests' fixed clock unless `now` is given. */
export function run(token: string, rest: Omit<InspectInput, 'token'> = {}): Promise<Report> {
  return inspect({ now: NOW, ...rest, token });
}

/** The findings of one rule (top-level token and nested ones). */
export function hits(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** Severity of the rule's strongest finding, or undefined when it did not fire. */
export function severityOf(report: Report, rule: string): Finding['severity'] | undefined {
  const order = ['error', 'warning', 'info'] as const;
  const found = hits(report, rule).map((f) => f.severity);
  return order.find((s) => found.includes(s));
}
