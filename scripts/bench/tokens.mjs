// Benchmark inputs: RS256 tokens of a given size (payload: an array of group names, as in ID
// tokens of users in thousands of groups) signed with one 2048-bit key made for the run.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';

const b64url = (buf) => Buffer.from(buf).toString('base64url');

export function makeKey() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** An RS256 token close to `bytes` long. */
export function makeToken(key, bytes, now) {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'bench' }));
  const claims = { iss: 'https://idp.example.com', sub: 'u-1', aud: 'api', iat: now, exp: now + 600, groups: [] };
  // base64url grows 4/3; leave room for the header and the 342-character signature.
  const target = Math.floor(((bytes - header.length - 344) * 3) / 4);
  let i = 0;
  let size = JSON.stringify(claims).length;
  while (size < target) {
    const g = `grp-${String(i++).padStart(6, '0')}-engineering`;
    claims.groups.push(g);
    size += g.length + 3;
  }
  const input = `${header}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), key.privateKey))}`;
}

/** A short HS256 token signed with `secret` ({"alg":"HS256","typ":"JWT"}, sub, iat, exp), for the
 * secret searches. */
export function makeHsToken(secret, now, lifetime = 3600) {
  const input = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: 'u1', iat: now, exp: now + lifetime }))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
