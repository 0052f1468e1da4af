// Decoding of JWK base64url members (n, e, x, y, d, k). Lenient about padding and the standard
// alphabet (common in hand-written keys), strict about characters that are not base64 at all.
import { decodeBase64url } from '../parse/base64url';

export function decodeJwkBytes(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string') return undefined;
  const { bytes, issues } = decodeBase64url(value);
  return issues.includes('invalid-char') || issues.includes('bad-length') ? undefined : bytes;
}
