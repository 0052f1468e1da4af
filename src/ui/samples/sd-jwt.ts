// The SD-JWT sample: an SD-JWT VC (RFC 9901, typ dc+sd-jwt) issued with the sample EC key, four
// selectively disclosable claims and one decoy digest, presented with all four Disclosures and a
// Key Binding JWT signed by a fresh Holder key named in cnf.jwk. The Key box gets the issuer's
// public key, so the issuer signature, every digest and the key binding verify.
import { sdDigest, sdDigests } from '../../core/sd-jwt/digest';
import { compactSdJwt } from '../../core/sd-jwt/split';
import { base64url, segment, signJws as sign, webCrypto } from './sign';

const EC = webCrypto('ES256');

const salt = () => base64url(crypto.getRandomValues(new Uint8Array(16)));

export async function sdJwtSample(now: number, issuer: CryptoKey, issuerKid: string): Promise<string> {
  const holder = (await crypto.subtle.generateKey(EC.importParams as EcKeyGenParams, true, [...EC.usages.sign, ...EC.usages.verify])) as CryptoKeyPair;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', holder.publicKey);
  const claims: [string, unknown][] = [
    ['given_name', 'Erika'],
    ['family_name', 'Mustermann'],
    ['email', 'erika@example.com'],
    ['birthdate', '1984-01-26'],
  ];
  const disclosures = claims.map(([name, value]) => segment([salt(), name, value]));
  const hashed = [...disclosures, salt()]; // the last: a decoy digest, of no Disclosure
  const digests = [...(await sdDigests(hashed, 'sha-256')).values()].sort();
  const payload = {
    iss: 'https://issuer.example.com',
    iat: now - 300,
    exp: now + 86_400 * 365,
    vct: 'https://credentials.example.com/identity_credential',
    _sd: digests,
    _sd_alg: 'sha-256',
    cnf: { jwk: { kty, crv, x, y } },
  };
  const issued = await sign({ alg: 'ES256', typ: 'dc+sd-jwt', kid: issuerKid }, payload, issuer);
  const presentation = compactSdJwt(issued, disclosures);
  const kb = { iat: now - 5, aud: 'https://verifier.example.com', nonce: salt(), sd_hash: sdDigest(presentation, 'sha-256') };
  return presentation + (await sign({ alg: 'ES256', typ: 'kb+jwt' }, kb, holder.privateKey));
}
