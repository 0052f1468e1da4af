// Presenting fewer Disclosures (RFC 9901 §4, §4.3): the compact SD-JWT without the Disclosures
// left out, and its Key Binding JWT re-made over the new presentation (new `sd_hash`, `iat` =
// the clock given, the old header and other claims kept) when the key text holds the Holder's
// private key, i.e. the one whose public part is `cnf.jwk`. Otherwise the old KB-JWT stays, and
// no longer matches (kb-sd-hash-mismatch when inspected). Returns data, never throws.
import { extract } from '../parse';
import { decodeBase64url, encodeBase64url, encodeBase64urlText } from '../parse/base64url';
import { readKeys } from '../keys/cache';
import { jwkThumbprint } from '../keys/candidate';
import { readHeader } from '../sign/header';
import { keyMismatch, keySummary } from '../sign/key-fit';
import { checkedSigningKey } from '../sign/key-cache';
import { signatureOf } from '../sign/signature';
import type { SigningKey } from '../sign/signing-key';
import type { SdPresentInput, SdPresentResult } from '../report';
import { DEFAULT_SD_ALG, sdDigest } from './digest';
import { holderJwk, jsonPart, readSdJwt } from './index';
import { compactSdJwt, splitCompact } from './split';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function presentSdJwt(input: SdPresentInput): Promise<SdPresentResult> {
  try {
    return await present(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'present-failed', message: `The presentation could not be made (${detail}).` } };
  }
}

async function present(input: SdPresentInput): Promise<SdPresentResult> {
  const split = splitCompact(extract(input.token).text);
  if (!split) return { ok: false, error: { code: 'not-sd-jwt', message: 'This is not an SD-JWT in its compact form (issuer JWT~Disclosures~).' } };
  const drop = new Set(input.leaveOut);
  const kept = split.disclosures.filter((_, i) => !drop.has(i));
  const presentation = compactSdJwt(split.issuer, kept.map((d) => d.text));
  if (!split.last) return { ok: true, token: presentation, keyBinding: 'none' };
  const stale = (reason: string): SdPresentResult => ({ ok: true, token: presentation + split.last!.text, keyBinding: 'kept', reason });

  const issuerPayload = jsonPart(split.issuer.split('.')[1]);
  const sd = readSdJwt(split, issuerPayload);
  const cnf = holderJwk(sd);
  if (!cnf) return stale('The issuer-signed JWT names no Holder key (`cnf.jwk`), so no key binding JWT can be made for it.');
  const key = await holderKey(input, JSON.parse(cnf) as Record<string, unknown>);
  if (!key) return stale("The Key box holds no private key matching the Holder's key (`cnf.jwk`).");

  const [headerSegment, payloadSegment] = split.last.text.split('.');
  const headerText = decodedText(headerSegment);
  const claims = jsonPart(payloadSegment);
  const header = headerText === undefined ? undefined : readHeader(headerText);
  if (!header || 'error' in header || !header.info || !claims) return stale('The old key binding JWT cannot be read, so it cannot be re-made.');
  const mismatch = keyMismatch(header.info, key);
  if (mismatch) return stale(mismatch.message);
  const sdHash = sdDigest(presentation, sd.hash ?? DEFAULT_SD_ALG)!;
  const signingInput = `${encodeBase64urlText(headerText!)}.${encodeBase64urlText(JSON.stringify({ ...claims, iat: input.now, sd_hash: sdHash }))}`;
  const signature = await signatureOf(header.info, key, new TextEncoder().encode(signingInput));
  return { ok: true, token: `${presentation}${signingInput}.${encodeBase64url(signature)}`, keyBinding: 'remade' };
}

function decodedText(segment: string | undefined): string | undefined {
  try {
    return segment === undefined ? undefined : utf8.decode(decodeBase64url(segment).bytes);
  } catch {
    return undefined;
  }
}

/** The private key in the key text whose public part is `cnf` (RFC 7638 thumbprints equal): the
 * key text may hold several keys (the Issuer's public key beside the Holder's private one). */
async function holderKey(input: SdPresentInput, cnf: Record<string, unknown>): Promise<SigningKey | undefined> {
  const wanted = jwkThumbprint(cnf as Parameters<typeof jwkThumbprint>[0]);
  if (!input.key?.trim() || !wanted) return undefined;
  const encoding = input.secretEncoding ?? 'auto';
  const keys = await readKeys(input.key, encoding);
  for (const candidate of keys.candidates) {
    const members = candidate.members;
    if (!members || (typeof members['d'] !== 'string' && typeof members['priv'] !== 'string')) continue;
    const checked = await checkedSigningKey(JSON.stringify(members), encoding);
    if ('key' in checked && !checked.inconsistent && keySummary(checked.key).thumbprint === wanted) return checked.key;
  }
  return undefined;
}
