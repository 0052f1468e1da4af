// The engine's own base64url decoder (Uint8Array.fromBase64: Chromium 140+, Firefox 133+,
// Safari 18.2+) for the common case, a segment in the canonical alphabet. On a first paste it
// decodes a 1 MB payload in about a millisecond, where the analysing loop in ./base64url.ts
// still runs unoptimised for 10-20 ms. Engines without it (Node 20, older browsers) use the loop.

type FromBase64 = (text: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => Uint8Array;

/** Swapped only by tests, to run this path where the engine lacks it. */
export const nativeDecoder: { fromBase64?: FromBase64 } = {
  fromBase64: (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64?.bind(Uint8Array),
};

/** Nothing but base64url digits, so nothing for the analysing loop to report but the length. */
const CANONICAL = /^[A-Za-z0-9_-]*$/;

/** The bytes of `text` when it is plain base64url (no padding, whitespace, `+`, `/` or other
 * characters, and no single character left over) and the engine can decode it; else undefined.
 * 'loose' keeps the bits below the last byte out of the result, as the loop does; whether they
 * are zero is the caller's to report. */
export function decodeCanonical(text: string): Uint8Array | undefined {
  const decode = nativeDecoder.fromBase64;
  if (!decode || text.length % 4 === 1 || !CANONICAL.test(text)) return undefined;
  return decode(text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
}
