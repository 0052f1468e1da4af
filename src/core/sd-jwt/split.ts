// Recognising an SD-JWT and cutting it into its parts (RFC 9901 §4 compact form, §8 JWS JSON
// form), with offsets so findings can point at a Disclosure. rules-next.md section L: an input
// is an SD-JWT when it contains `~` and the text before the first `~` has 3 (or 5) dot-separated
// segments whose first segment decodes to a JSON object with `alg`.
import { decodeBase64url } from '../parse/base64url';
import type { ParsedToken } from '../parse/types';

export interface SdPart {
  text: string;
  /** Offset in the token text, or undefined in the JSON serialization. */
  from?: number;
}

export interface SdSplit {
  serialization: 'compact' | 'json';
  /** The issuer-signed JWT as a compact string (rebuilt for the JSON form). */
  issuer: string;
  disclosures: SdPart[];
  /** The last element when it is not empty (a KB-JWT, or a malformed end). */
  last?: SdPart;
  /** Where it breaks RFC 9901's syntax (sd-serialization-malformed), in words. */
  problems: { message: string; severity?: 'warning'; from?: number; to?: number }[];
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function headerHasAlg(segment: string): boolean {
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64url(segment).bytes));
    return typeof json === 'object' && json !== null && !Array.isArray(json) && 'alg' in json;
  } catch {
    return false;
  }
}

/** The compact SD-JWT in `text`, or undefined when `text` is not one (it is then linted as before). */
export function splitCompact(text: string): SdSplit | undefined {
  const first = text.indexOf('~');
  if (first < 0) return undefined;
  const issuer = text.slice(0, first);
  const dots = issuer.split('.');
  if ((dots.length !== 3 && dots.length !== 5) || !headerHasAlg(dots[0]!)) return undefined;
  const problems: SdSplit['problems'] = [];
  if (dots.length === 5) problems.push({ message: 'The first part is an encrypted token (JWE); an SD-JWT starts with a signed JWT.', from: 0, to: first });
  const parts: SdPart[] = [];
  let from = first + 1;
  for (const piece of text.slice(first + 1).split('~')) {
    parts.push({ text: piece, from });
    from += piece.length + 1;
  }
  const lastPart = parts.pop()!;
  const disclosures = parts;
  for (const d of disclosures) {
    if (d.text === '') problems.push({ message: 'Two `~` follow each other: an empty Disclosure.', from: d.from! - 1, to: d.from! + 1 });
    else if (!B64URL.test(d.text)) problems.push({ message: 'A Disclosure has a character outside base64url (`=` padding included).', from: d.from, to: d.from! + d.text.length });
  }
  let last: SdPart | undefined;
  if (lastPart.text !== '') {
    if (lastPart.text.split('.').length === 3) last = lastPart;
    else {
      // A KB-less SD-JWT whose final `~` is missing: the last Disclosure ends the input.
      problems.push({ message: 'The input ends with a Disclosure: the final `~` is missing, or the last part is not a Key Binding JWT.', from: lastPart.from, to: lastPart.from! + lastPart.text.length });
      disclosures.push(lastPart);
    }
  }
  return { serialization: 'compact', issuer, disclosures, ...(last ? { last } : {}), problems };
}

/** The SD-JWT in a JWS JSON serialization (`disclosures` / `kb_jwt` in the first unprotected
 * header), or undefined when the token carries neither. */
export function splitJson(token: ParsedToken): SdSplit | undefined {
  if (token.serialization === 'compact' || token.kind !== 'jws') return undefined;
  const [firstSig, ...others] = token.signatures;
  const header = firstSig?.unprotected ?? {};
  const later = others.some((s) => s.unprotected && ('disclosures' in s.unprotected || 'kb_jwt' in s.unprotected));
  if (!('disclosures' in header) && !('kb_jwt' in header) && !later) return undefined;
  const problems: SdSplit['problems'] = [];
  const raw = header['disclosures'];
  const list = Array.isArray(raw) ? raw : [];
  if (raw !== undefined && (!Array.isArray(raw) || raw.some((d) => typeof d !== 'string'))) problems.push({ message: '`disclosures` is not an array of strings.' });
  const kb = header['kb_jwt'];
  if (kb !== undefined && typeof kb !== 'string') problems.push({ message: '`kb_jwt` is not a string.' });
  if (later) problems.push({ message: '`disclosures` or `kb_jwt` appears in an unprotected header other than the first.' });
  const payload = token.segments.find((s) => s.name === 'payload')?.raw ?? '';
  const issuer = `${firstSig!.protectedRaw}.${payload}.${firstSig!.signatureRaw}`;
  return {
    serialization: 'json',
    issuer,
    disclosures: list.filter((d): d is string => typeof d === 'string').map((text) => ({ text })),
    ...(typeof kb === 'string' && kb !== '' ? { last: { text: kb } } : {}),
    problems,
  };
}

/** `<issuer-signed JWT>~<D1>~…~<Dn>~`: a compact SD-JWT without a Key Binding JWT, and the text
 * a KB-JWT's `sd_hash` covers (RFC 9901 §4, §4.3.1). */
export function compactSdJwt(issuer: string, disclosures: readonly string[]): string {
  return `${issuer}~${disclosures.map((d) => `${d}~`).join('')}`;
}

/** The issuer-signed JWT of a compact SD-JWT (the text before the first `~`), else `text` as it
 * is: what the HMAC secret searches and a re-signing work on (one signature, the issuer's). */
export function issuerJwtOf(text: string): string {
  return splitCompact(text)?.issuer ?? text;
}

/** A compact JWS whose `typ` ends in `+sd-jwt`, pasted with no `~` (sd-serialization-malformed (e)). */
export function sdTypWithoutTilde(text: string, typ: unknown): boolean {
  return !text.includes('~') && typeof typ === 'string' && /\+sd-jwt$/i.test(typ);
}
