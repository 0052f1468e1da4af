// What is checked before any key is used (rules-next N): sizes the `enc` fixes (IV and tag), the
// PBES2 iteration count and salt, and what this app cannot decrypt. Read from the JWE table, not
// from the runtime, so Node and the browser give the same status.
import { contentEncryptionOf, curveOf, keyManagementOf } from '../algorithms';
import { decodeBase64url } from '../parse/base64url';
import type { ParsedToken } from '../parse/types';
import type { DecryptionStatus } from '../report';

export const DEFAULT_MAX_PBES2_COUNT = 1_200_000;
export const DEFAULT_MAX_INFLATED_BYTES = 250_000;

const MISSING_WORDS = {
  'AES-192': '192-bit AES, which Chromium\'s WebCrypto does not have',
  'RSAES-PKCS1-v1_5': 'RSAES-PKCS1-v1_5, which WebCrypto does not have (and which this app does not add: it invites padding-oracle attacks)',
};

const bytesOf = (value: unknown): number | undefined => (typeof value === 'string' ? decodeBase64url(value).bytes.length : undefined);

/** One sentence when the IV or tag does not have the length `enc` (or A*GCMKW) fixes. */
export function ivTagProblem(token: ParsedToken, header: Record<string, unknown> | undefined): string | undefined {
  if (token.kind !== 'jwe' || !header) return undefined;
  const ce = contentEncryptionOf(header.enc);
  const problems: string[] = [];
  if (ce) {
    const iv = token.segments.find((s) => s.name === 'iv')?.bytes.length ?? 0;
    const tag = token.segments.find((s) => s.name === 'tag')?.bytes.length ?? 0;
    if (iv !== ce.ivBytes) problems.push(`the IV is ${iv} bytes where ${ce.enc} needs ${ce.ivBytes}`);
    if (tag !== ce.tagBytes) problems.push(`the authentication tag is ${tag} bytes where ${ce.enc} needs ${ce.tagBytes}`);
  }
  const km = keyManagementOf(header.alg);
  if (km?.family === 'AES-GCM-KW') {
    const iv = bytesOf(header.iv);
    const tag = bytesOf(header.tag);
    if (iv !== km.ivBytes) problems.push(`the header "iv" is ${iv ?? 0} bytes where ${km.alg} needs ${km.ivBytes}`);
    if (tag !== km.tagBytes) problems.push(`the header "tag" is ${tag ?? 0} bytes where ${km.alg} needs ${km.tagBytes}`);
  }
  if (!problems.length) return undefined;
  const text = problems.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface Refusal {
  status: Extract<DecryptionStatus, 'unsupported' | 'refused'>;
  reason: string;
}

/** Why this JWE is not decrypted whatever the key, or undefined when it may be tried. */
export function refusal(token: ParsedToken, header: Record<string, unknown>, maxPbes2Count: number): Refusal | undefined {
  const { alg, enc } = header;
  const km = keyManagementOf(alg);
  const ce = contentEncryptionOf(enc);
  const unsupported = (reason: string): Refusal => ({ status: 'unsupported', reason });
  if (!km) return unsupported(`"alg" ${JSON.stringify(alg)} is not a JWE key-management algorithm this app knows.`);
  if (!ce) return unsupported(`"enc" ${JSON.stringify(enc)} is not a JWE content-encryption algorithm this app knows.`);
  if (km.missing) return unsupported(`${km.alg} needs ${MISSING_WORDS[km.missing]}.`);
  if (ce.missing) return unsupported(`${ce.enc} needs ${MISSING_WORDS[ce.missing]}.`);
  const epk = header.epk as Record<string, unknown> | undefined;
  const crv = typeof epk?.crv === 'string' ? curveOf(epk.crv) : undefined;
  if (km.family.startsWith('ECDH') && crv?.ecdh && !crv.webCrypto) return unsupported(`ECDH-ES on ${crv.crv} needs a curve WebCrypto does not have.`);
  if (header.crit !== undefined) return unsupported(`"crit" names ${JSON.stringify(header.crit)}: extensions this app does not implement, so it must not decrypt (RFC 7516 §4.1.13).`);
  if (header.zip !== undefined && header.zip !== 'DEF') return unsupported(`"zip" ${JSON.stringify(header.zip)} is not a compression this app knows (only DEF).`);
  const ivTag = ivTagProblem(token, header);
  if (ivTag) return { status: 'refused', reason: `${ivTag} Nothing was decrypted.` };
  if (km.family === 'PBES2') return pbes2Refusal(header, maxPbes2Count);
  return undefined;
}

function pbes2Refusal({ p2c, p2s }: Record<string, unknown>, cap: number): Refusal | undefined {
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) {
    return { status: 'refused', reason: `"p2c" is ${JSON.stringify(p2c) ?? 'missing'}, not a positive whole number of PBES2 iterations.` };
  }
  if (p2c > cap) {
    return { status: 'refused', reason: `"p2c" asks for ${p2c.toLocaleString('en-US')} PBES2 iterations, more than the limit of ${cap.toLocaleString('en-US')}; raise the limit to run it anyway.` };
  }
  const salt = bytesOf(p2s);
  if (salt === undefined || salt < 8) return { status: 'refused', reason: `"p2s" (the PBES2 salt) is ${salt === undefined ? 'missing' : `${salt} bytes`}; it must be at least 8 bytes.` };
  return undefined;
}
