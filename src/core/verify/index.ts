import type { KeyParse, ParsedToken, SignatureVerdict } from '../types';
// PLACEHOLDER (verify helper replaces this file).
export async function verifyToken(token: ParsedToken, _keys: KeyParse): Promise<SignatureVerdict> {
  return { status: token.kind === 'malformed' ? 'malformed' : 'no-key', candidates: [] };
}
/** Verification against the token's own embedded key (header jwk, or x5c leaf), if any. */
export async function verifyEmbedded(_token: ParsedToken): Promise<SignatureVerdict | undefined> {
  return undefined;
}
