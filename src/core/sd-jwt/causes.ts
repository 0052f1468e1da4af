// Why a Disclosure matches no embedded digest (sd-disclosure-unreferenced): each common mistake
// is tried, and the one that reproduces an embedded digest is named.
import { encodeBase64urlText } from '../parse/base64url';
import { DEFAULT_SD_ALG, sdDigest, sdHash } from './digest';
import { disclosureJson, type Disclosure } from './disclosure';
import type { SdJwt } from './index';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function unreferencedCause(d: Disclosure, sd: SdJwt): string {
  const embedded = new Set(sd.processed.embedded.map((e) => e.digest));
  const hash = sd.hash ?? DEFAULT_SD_ALG;
  const json = disclosureJson(d.text);
  const bytes = sdHash(d.text, hash);
  if (json && embedded.has(sdDigest(json, hash)!)) return 'the Issuer hashed the decoded JSON instead of the base64url text';
  if (bytes && embedded.has(hex(bytes))) return 'the Issuer wrote the digest in hex instead of base64url';
  if (hash !== DEFAULT_SD_ALG && embedded.has(sdDigest(d.text, DEFAULT_SD_ALG)!)) return `the Issuer used sha-256 although \`_sd_alg\` says ${hash}`;
  if (json) {
    const variants = [d.text.replace(/=+$/, ''), `${d.text}${'='.repeat((4 - (d.text.length % 4)) % 4)}`];
    try {
      variants.push(encodeBase64urlText(JSON.stringify(JSON.parse(json))));
    } catch {
      /* a Disclosure that is not JSON is sd-disclosure-malformed */
    }
    if (variants.some((v) => v !== d.text && embedded.has(sdDigest(v, hash)!))) return 'the Disclosure was re-encoded after issuance (whitespace, escapes or padding changed)';
  }
  const parent = sd.disclosures.find((p) => p !== d && !p.referenced && disclosureJson(p.text).includes(d.digest ?? '\0'));
  if (parent) return 'it is nested in another Disclosure that is itself unreferenced';
  return 'it was not issued with this SD-JWT, was changed, or belongs inside a Disclosure that was not presented';
}
