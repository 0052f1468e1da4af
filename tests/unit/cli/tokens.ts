// Tokens of every status for the command-line tests, made here with Node's crypto (an ES256 key
// pair per run; no outside test data).
import { generateKeyPairSync, randomBytes, sign as cryptoSign } from 'node:crypto';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
export const NOW = 1_800_000_000;
export const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', aud: 'api', iat: NOW - 60, exp: NOW + 600, jti: 'j1' };

export function makeTokens() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const input = `${b64('{"alg":"ES256","typ":"JWT"}')}.${b64(JSON.stringify(CLAIMS))}`;
  const signature = cryptoSign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  const valid = `${input}.${b64(signature)}`;
  const flipped = Buffer.from(signature);
  flipped[5]! ^= 1;
  return {
    publicPem,
    valid,
    invalid: `${input}.${b64(flipped)}`,
    unsecured: `${b64('{"alg":"none","typ":"JWT"}')}.${b64(JSON.stringify(CLAIMS))}.`,
    malformed: 'this.is-not.a!token',
    encrypted: [b64('{"alg":"dir","enc":"A128GCM"}'), '', b64(randomBytes(12)), b64(randomBytes(40)), b64(randomBytes(16))].join('.'),
  };
}
