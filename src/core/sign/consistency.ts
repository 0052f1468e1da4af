// A private key whose parts disagree signs what its own public part rejects (and an RSA-CRT
// signer with wrong factors leaks them). Checked before signing, the same way in every runtime:
// WebCrypto refuses some such keys at import, @noble signs with d and ignores x.
import { bytesToBigInt } from '../crypto/der';
import { ecPublicFromPrivate, okpPublicFromPrivate } from '../crypto/curves';
import { encodeBase64url } from '../parse/base64url';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { PrivateJwk } from './private-der';

/** Why the private JWK's members disagree, or undefined when they agree (or cannot be checked). */
export function privateInconsistency(jwk: PrivateJwk): string | undefined {
  const bytes = (name: string) => decodeJwkBytes(jwk[name]) ?? new Uint8Array();
  const d = bytes('d');
  if (jwk.kty === 'EC') {
    const point = ecPublicFromPrivate(jwk.crv!, d);
    if (!point) return `This ${jwk.crv} private key "d" is not a valid scalar for the curve.`;
    return encodeBase64url(point.x) === jwk.x && encodeBase64url(point.y) === jwk.y ? undefined : `Its "x" and "y" are not the public point of its "d".`;
  }
  if (jwk.kty === 'OKP') {
    const x = okpPublicFromPrivate(jwk.crv!, d);
    return x && encodeBase64url(x) === jwk.x ? undefined : `Its "x" is not the public key of its "d".`;
  }
  if (jwk.kty === 'RSA' && jwk.p && jwk.q) {
    return bytesToBigInt(bytes('p')) * bytesToBigInt(bytes('q')) === bytesToBigInt(bytes('n')) ? undefined : 'Its "n" is not "p" times "q".';
  }
  return undefined;
}
