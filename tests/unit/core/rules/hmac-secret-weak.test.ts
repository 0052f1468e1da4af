import { describe } from 'vitest';
import { type Case, GOOD, hs, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'hmac-secret-weak';
const JWT_IO_CLASSIC =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const JWT_IO_2025 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30';
const CRIT_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImNyaXQiOlsiaHR0cDovL2V4YW1wbGUuY29tL211c3QtdW5kZXJzdGFuZCJdLCJodHRwOi8vZXhhbXBsZS5jb20vbXVzdC11bmRlcnN0YW5kIjp0cnVlfQ.eyJzdWIiOiJ1MSJ9.bSECzGKYpTSyUrzHzXEaWMyob2F_pfBSocUkXT6O1h8';

const cases: Case[] = [
  { name: 'jwt.io classic (your-256-bit-secret)', token: JWT_IO_CLASSIC, expected: 'error' },
  { name: 'jwt.io 2025 default', token: JWT_IO_2025, expected: 'error' },
  { name: 'catalogue token signed with `secret`', token: CRIT_EXAMPLE, expected: 'error' },
  { name: 'HS512 keyboard cat', token: hs({ alg: 'HS512' }, GOOD, 'keyboard cat'), expected: 'error' },
  { name: 'secret = the token’s iss host', token: hs({ alg: 'HS256' }, { ...GOOD, iss: 'https://auth.acme.io' }, 'auth.acme.io'), expected: 'error' },
  { name: 'secret = the kid', token: hs({ alg: 'HS256', kid: 'prod-key-7' }, GOOD, 'prod-key-7'), expected: 'error' },
  { name: 'found and also supplied: one finding', token: JWT_IO_CLASSIC, key: 'your-256-bit-secret', expected: 'error', count: 1 },
  { name: 'supplied secret on the list, token signed otherwise', token: hs(), key: 'changeme', expected: 'error', count: 1, at: false },
  { name: 'supplied JWK whose k is "secret" (c2VjcmV0)', token: hs(), key: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }), expected: 'error', count: 1, at: false },
  { name: 'supplied JWK with a random k', token: hs(), key: JSON.stringify({ kty: 'oct', k: Buffer.from(STRONG).toString('base64url') }), expected: undefined },
  { name: 'strong secret, not supplied', token: hs(), expected: undefined },
  { name: 'strong secret, supplied', token: hs(), key: STRONG, expected: undefined },
  { name: 'empty key (hmac-secret-empty instead)', token: hs({ alg: 'HS256' }, GOOD, ''), expected: undefined },
  { name: 'RS256', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
