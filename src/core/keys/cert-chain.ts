// The certificate chains of one inspection, with the facts the certificate rules read
// (rules-next.md O): certificates pasted as the key (one PEM block, a bundle, or base64 DER), a
// pasted JWK's `x5c`, and the token header's `x5c`. Signatures are checked here, before the
// rules run (they are synchronous). Loaded on first use (keys/certificates.ts), so this code and
// its checks stay out of the page's startup bundle.
import { decodeStdBase64 } from '../crypto/pem';
import { jwkThumbprint } from './candidate';
import { verifyCertificate } from './cert-signature';
import { candidateFromJwk } from './jwk';
import { readJwkText } from './jwk-text';
import { jwkFromSpki } from './spki';
import type { KeyParse } from './types';
import { readCertificate, type CertificateInfo } from './x509';

export interface ChainCert {
  der: Uint8Array;
  info: CertificateInfo;
  /** RFC 7638 thumbprint of its public key (undefined when this tool cannot read the key). */
  thumbprint?: string;
  /** Issuer name = subject name (compared as DER). */
  selfIssued: boolean;
  /** A self-issued certificate's signature checked with its own key (undefined: cannot tell). */
  selfSignature?: boolean;
}

export interface CertChain {
  /** 'key': certificates pasted as the key; 'jwk': a pasted JWK's x5c; 'header': the token's x5c. */
  origin: 'key' | 'jwk' | 'header';
  /** Where the certificates are, for messages ("the pasted certificates", "the x5c of …"). */
  where: string;
  /** origin 'jwk': the thumbprint of the JWK's own public members. */
  owner?: string;
  /** origin 'jwk': the JWK's `x5t` and `x5t#S256` members, when present (as given). */
  thumbprintMembers?: Record<string, unknown>;
  certs: ChainCert[];
  /** links[i]: how certificate i relates to certificate i+1. */
  links: ChainLink[];
}

/** 'issued': certificate i names certificate i+1's subject as its issuer and its signature
 * verifies with that key; 'other-issuer': the names differ; 'bad-signature': the names match
 * but the signature does not verify; 'unchecked': the names match and the signature algorithm
 * is one this tool does not check. */
export type ChainLink = 'issued' | 'other-issuer' | 'bad-signature' | 'unchecked';

type Found = Omit<CertChain, 'certs' | 'links'> & { ders: Uint8Array[] };

export interface ChainSources {
  keys: KeyParse;
  keyText: string;
  header?: Record<string, unknown>;
}

/** Every chain of the inspection, with its signatures checked. */
export async function certificateChains({ keys, keyText, header }: ChainSources): Promise<CertChain[]> {
  const found: Found[] = [];
  const pasted = keys.candidates.filter((c) => c.certificate && c.source !== 'embedded-x5c').map((c) => c.certificate!);
  if (pasted.length) found.push({ origin: 'key', where: pasted.length > 1 ? 'the pasted certificates' : 'the pasted certificate', ders: pasted });
  if (keys.kind === 'jwk' || keys.kind === 'jwks') found.push(...jwkChains(keyText));
  const fromHeader = header && Object.hasOwn(header, 'x5c') ? x5cDers(header.x5c) : undefined;
  if (fromHeader) found.push({ origin: 'header', where: "the header's `x5c`", ders: fromHeader });
  const chains: CertChain[] = [];
  for (const { ders, ...source } of found) {
    const certs = ders.map(chainCert);
    if (certs.every((c): c is ChainCert => c !== undefined)) chains.push({ ...source, certs, links: await linksOf(certs) });
  }
  return chains;
}

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The DER of each entry of an x5c value (RFC 7515 §4.1.6: padded standard base64), or
 * undefined when an entry is not that (x5c-malformed reports a header's). */
function x5cDers(value: unknown): Uint8Array[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > 32) return undefined;
  if (!value.every((v) => typeof v === 'string' && STD_BASE64.test(v))) return undefined;
  return value.map((v: string) => decodeStdBase64(v));
}

function jwkChains(keyText: string): Found[] {
  const read = readJwkText(keyText);
  if ('error' in read) return [];
  const { value } = read;
  const inSet = Array.isArray(value) || (typeof value === 'object' && value !== null && 'keys' in value);
  const list: unknown[] = Array.isArray(value) ? value : inSet ? [(value as { keys: unknown }).keys].flat() : [value];
  return list.flatMap((jwk, i) => {
    if (typeof jwk !== 'object' || jwk === null || !Object.hasOwn(jwk, 'x5c')) return [];
    const ders = x5cDers((jwk as { x5c: unknown }).x5c);
    const candidate = candidateFromJwk(jwk, '', 'jwk');
    if (!ders || typeof candidate === 'string') return [];
    const kid = candidate.kid;
    const whose = kid !== undefined ? `the JWK with kid "${kid}"` : inSet ? `key #${i + 1} in the set` : 'the JWK';
    const members = Object.entries(jwk).filter(([name]) => name === 'x5t' || name === 'x5t#S256');
    return [
      {
        origin: 'jwk' as const,
        where: `the \`x5c\` of ${whose}`,
        ders,
        ...(candidate.thumbprint ? { owner: candidate.thumbprint } : {}),
        ...(members.length ? { thumbprintMembers: Object.fromEntries(members) } : {}),
      },
    ];
  });
}

function chainCert(der: Uint8Array): ChainCert | undefined {
  let info: CertificateInfo;
  try {
    info = readCertificate(der);
  } catch {
    return undefined;
  }
  let thumbprint: string | undefined;
  try {
    thumbprint = jwkThumbprint(jwkFromSpki(info.spki));
  } catch {
    thumbprint = undefined;
  }
  const selfIssued = !!info.issuer && !!info.subject && sameBytes(info.issuer, info.subject);
  return { der, info, selfIssued, ...(thumbprint ? { thumbprint } : {}) };
}

/** Fills in selfSignature and returns the links (a signature is checked only where the names
 * chain: elsewhere the link is broken anyway). */
async function linksOf(certs: ChainCert[]): Promise<ChainLink[]> {
  for (const cert of certs) if (cert.selfIssued) cert.selfSignature = await verifyCertificate(cert.info, cert.info.spki);
  const out: ChainLink[] = [];
  for (let i = 0; i + 1 < certs.length; i++) {
    const child = certs[i]!.info;
    const parent = certs[i + 1]!.info;
    if (!child.issuer || !parent.subject || !sameBytes(child.issuer, parent.subject)) out.push('other-issuer');
    else {
      const verified = await verifyCertificate(child, parent.spki);
      out.push(verified === undefined ? 'unchecked' : verified ? 'issued' : 'bad-signature');
    }
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
