// What the certificate rules (rules-next.md O) ask: the chains of one origin, the key that
// verified the token, and how to name a certificate in a sentence.
import type { CertChain } from '../../keys/certificates';
import { jwkThumbprint } from '../../keys/candidate';
import { jwkFromSpki } from '../../keys/spki';
import type { RuleContext } from '../types';
import { userKeys } from './keys';

export type { CertChain };

/** The chains of the given origins, in the order they were found. */
export function chainsOf(ctx: RuleContext, ...origins: CertChain['origin'][]): CertChain[] {
  return (ctx.certificates ?? []).filter((c) => origins.includes(c.origin));
}

/** RFC 7638 thumbprint of the pasted key that verified the token, if one did. */
export function verifyingThumbprint(ctx: RuleContext): string | undefined {
  const used = ctx.verdict.status === 'valid' ? ctx.verdict.keyUsed : undefined;
  return used === undefined ? undefined : userKeys(ctx).find((c) => c.label === used)?.thumbprint;
}

/** RFC 7638 thumbprint of the key in a SubjectPublicKeyInfo (undefined when unreadable). */
export function spkiThumbprint(spki: Uint8Array): string | undefined {
  try {
    return jwkThumbprint(jwkFromSpki(spki));
  } catch {
    return undefined;
  }
}

/** "The pasted certificate", "Certificate #2 in the header's `x5c`", with its common name. */
export function certLabel(chain: CertChain, index: number): string {
  const cn = chain.certs[index]?.info.commonName;
  const name = cn ? ` ("${cn}")` : '';
  if (chain.certs.length > 1) return `Certificate #${index + 1}${name} in ${chain.where}`;
  if (chain.origin === 'key') return `The pasted certificate${name}`;
  return `The certificate${name} in ${chain.where}`;
}

/** A unix time as its UTC day, e.g. 2026-01-01. */
export function day(unix: number): string {
  const d = new Date(unix * 1000);
  return Number.isNaN(d.getTime()) ? String(unix) : d.toISOString().slice(0, 10);
}
