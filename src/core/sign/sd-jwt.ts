// Re-signing an SD-JWT (sign() with `from` a compact SD-JWT): the edited header and payload become
// a new issuer-signed JWT, and the Disclosures that came with the input follow it unchanged, in
// their order, so the output is again `<issuer-signed JWT>~<D1>~…~<Dn>~`. A Key Binding JWT is
// left out: its `sd_hash` covers the old issuer-signed JWT, so it can never match the new one, and
// a new one needs the Holder's private key and the Verifier's nonce (RFC 9901 §4.3).
import { extract } from '../parse/extract';
import type { SignedSdJwt } from '../report';
import { compactSdJwt, splitCompact } from '../sd-jwt/split';

export interface SdCarried {
  disclosures: string[];
  /** The input ended in a KB-JWT, which the output leaves out. */
  keyBindingDropped: boolean;
}

/** What a re-signing of `token` carries over, when `token` is a compact SD-JWT. */
export function sdCarried(token: string): SdCarried | undefined {
  const split = splitCompact(extract(token).text);
  if (!split) return undefined;
  return { disclosures: split.disclosures.map((d) => d.text), keyBindingDropped: split.last !== undefined };
}

/** The new issuer-signed JWT with the carried Disclosures, ending in `~` (no KB-JWT). */
export function withDisclosures(issuerJwt: string, carried: SdCarried): string {
  return compactSdJwt(issuerJwt, carried.disclosures);
}

export function signedSdJwt(carried: SdCarried): SignedSdJwt {
  return { disclosures: carried.disclosures.length, keyBindingDropped: carried.keyBindingDropped };
}
