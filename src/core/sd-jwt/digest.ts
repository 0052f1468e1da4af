// SD-JWT digests (RFC 9901 §4.2.3): base64url(H(ASCII bytes of the Disclosure as presented)),
// H named by `_sd_alg` (IANA "Named Information Hash Algorithm" names, case-sensitive).
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { sha3_256, sha3_384, sha3_512 } from '@noble/hashes/sha3.js';
import { encodeBase64url } from '../parse/base64url';

type Hash = (bytes: Uint8Array) => Uint8Array;

const HASHES: Record<string, Hash> = {
  'sha-256': sha256,
  'sha-384': sha384,
  'sha-512': sha512,
  'sha3-256': sha3_256,
  'sha3-384': sha3_384,
  'sha3-512': sha3_512,
};

/** Registry entries that truncate sha-256 (RFC 6920): known, but too short to be safe. */
export const TRUNCATED_HASHES = ['sha-256-128', 'sha-256-120', 'sha-256-96', 'sha-256-64', 'sha-256-32'];

export const DEFAULT_SD_ALG = 'sha-256';

export function isKnownHash(name: string): boolean {
  return Object.hasOwn(HASHES, name);
}

/** Output length in bytes of a known hash. */
export function hashLength(name: string): number | undefined {
  const hash = HASHES[name];
  return hash ? hash(new Uint8Array()).length : undefined;
}

const encoder = new TextEncoder();

/** The raw hash of `text`'s bytes, or undefined when the name is unknown. */
export function sdHash(text: string, alg: string): Uint8Array | undefined {
  return HASHES[alg]?.(encoder.encode(text));
}

/** The digest of `text` under the named hash, or undefined when the name is unknown. */
export function sdDigest(text: string, alg: string): string | undefined {
  const hash = sdHash(text, alg);
  return hash ? encodeBase64url(hash) : undefined;
}

/** WebCrypto's names for the hashes it has (not SHA-3). */
const SUBTLE: Record<string, string> = { 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };

/** The digests of `texts` under `alg`, all at once: with WebCrypto where it has the hash (native
 * code, run beside the page, about ten times quicker than hashing in JavaScript the first time
 * it runs), else with sdDigest(). Empty when `alg` is unknown; never rejects. */
export async function sdDigests(texts: readonly string[], alg: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const name = SUBTLE[alg];
  const subtle = globalThis.crypto?.subtle;
  if (name && subtle) {
    try {
      const hashes = await Promise.all(texts.map((t) => subtle.digest(name, encoder.encode(t))));
      texts.forEach((t, i) => out.set(t, encodeBase64url(new Uint8Array(hashes[i]!))));
      return out;
    } catch {
      out.clear();
    }
  }
  for (const t of texts) {
    const d = sdDigest(t, alg);
    if (d) out.set(t, d);
  }
  return out;
}
