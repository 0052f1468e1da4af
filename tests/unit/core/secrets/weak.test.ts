import { describe, expect, it } from 'vitest';
import { BUILT_IN_SOURCE, EMPTY_KEY_SOURCE, findWeakSecret } from '../../../../src/core/secrets/weak';
import { isWellKnownSecret } from '../../../../src/core/secrets/list';
import { compact, hmacToken, run } from '../../helpers/mint';
import { parsedJws } from './parsed';

const JWT_IO_CLASSIC =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const JWT_IO_2025 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30';
const EMPTY_KEY_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ii4uLy4uLy4uLy4uLy4uLy4uL2Rldi9udWxsIn0.eyJzdWIiOiJhZG1pbiJ9.QbFdAGOKZjb9JIhPNeRYVdBtWX4JOV2caBJN9OmdkdY';

const payloadOf = (t: string) => JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const find = (t: string) => findWeakSecret(parsedJws(t), undefined, payloadOf(t));

describe('findWeakSecret', () => {
  it.each([
    ['jwt.io classic', JWT_IO_CLASSIC, 'your-256-bit-secret', BUILT_IN_SOURCE],
    ['jwt.io 2025', JWT_IO_2025, 'a-string-secret-at-least-256-bits-long', BUILT_IN_SOURCE],
    ['HS512 keyboard cat', hmacToken({ alg: 'HS512' }, { sub: 'u' }, 'keyboard cat'), 'keyboard cat', BUILT_IN_SOURCE],
    ['empty key (rules.md example)', EMPTY_KEY_EXAMPLE, 'the empty key', EMPTY_KEY_SOURCE],
    ['64 zero bytes', hmacToken({ alg: 'HS256' }, { sub: 'u' }, new Uint8Array(64)), 'the empty key', EMPTY_KEY_SOURCE],
    ['iss', hmacToken({ alg: 'HS256' }, { iss: 'https://auth.acme.io/', sub: 'u' }, 'https://auth.acme.io/'), 'https://auth.acme.io/', 'token claim iss'],
    ['iss host', hmacToken({ alg: 'HS256' }, { iss: 'https://auth.acme.io/' }, 'auth.acme.io'), 'auth.acme.io', 'token claim iss'],
    ['iss app name', hmacToken({ alg: 'HS256' }, { iss: 'https://auth.acme.io/' }, 'acme'), 'acme', 'token claim iss'],
    ['aud array', hmacToken({ alg: 'HS256' }, { aud: ['x', 'billing-api'] }, 'billing-api'), 'billing-api', 'token claim aud'],
    ['kid', hmacToken({ alg: 'HS256', kid: 'k-2024' }, { sub: 'u' }, 'k-2024'), 'k-2024', 'token header kid'],
  ])('finds %s', (_name, token, secret, source) => {
    expect(find(token)).toMatchObject({ secret, source, alg: (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { alg: string }).alg });
  });

  it.each([
    ['a strong secret', hmacToken({ alg: 'HS256' }, { sub: 'u' }, 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf')],
    ['RS256', compact({ alg: 'RS256' }, { sub: 'u' }, 'AAAA')],
    ['alg none', compact({ alg: 'none' }, { sub: 'u' })],
    ['truncated HMAC', compact({ alg: 'HS256' }, { sub: 'u' }, 'AAAA')],
  ])('finds nothing for %s', (_name, token) => {
    expect(find(token)).toBeUndefined();
  });

  it('knows the list', () => {
    expect(isWellKnownSecret('your-256-bit-secret')).toBe(true);
    expect(isWellKnownSecret('q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf')).toBe(false);
  });
});

describe('findWeakSecret on a huge token', () => {
  const big = { sub: 'u', blob: 'x'.repeat(3_000_000) };
  it('still finds the empty key and `secret`, with a bounded number of guesses', () => {
    const t0 = performance.now();
    expect(find(hmacToken({ alg: 'HS256' }, big, ''))?.source).toBe(EMPTY_KEY_SOURCE);
    expect(find(hmacToken({ alg: 'HS256' }, big, 'secret'))?.secret).toBe('secret');
    expect(find(hmacToken({ alg: 'HS256' }, big, 'not on any list at all'))).toBeUndefined();
    console.log(`three 3 MB tokens checked in ${(performance.now() - t0).toFixed(0)} ms`);
  });
});

describe('findWeakSecret with the secret that verified the token', () => {
  const key = (k: string | Uint8Array) => (typeof k === 'string' ? new TextEncoder().encode(k) : k);
  const cases: [string, string, string | Uint8Array][] = [
    ['a list secret', JWT_IO_CLASSIC, 'your-256-bit-secret'],
    ['the same key with a zero byte after it (an equal HMAC key)', JWT_IO_CLASSIC, new Uint8Array([...key('your-256-bit-secret'), 0])],
    ['the empty key', EMPTY_KEY_EXAMPLE, new Uint8Array(0)],
    ['64 zero bytes', hmacToken({ alg: 'HS256' }, { sub: 'u' }, new Uint8Array(64)), new Uint8Array(64)],
    ['a claim value', hmacToken({ alg: 'HS256' }, { iss: 'https://auth.acme.io/' }, 'auth.acme.io'), 'auth.acme.io'],
    ['HS512 over a long key', hmacToken({ alg: 'HS512' }, { sub: 'u' }, 'k'.repeat(200)), 'k'.repeat(200)],
    ['a strong secret', hmacToken({ alg: 'HS256' }, { sub: 'u' }, 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf'), 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf'],
  ];
  it.each(cases)('answers as the HMAC search does: %s', (_name, token, secret) => {
    const known = findWeakSecret(parsedJws(token), undefined, payloadOf(token), key(secret));
    expect(known).toEqual(find(token));
  });

  it('inspect() with the secret still reports a well-known or claim-derived secret', async () => {
    expect((await run(JWT_IO_CLASSIC, { key: 'your-256-bit-secret' })).weakSecret).toMatchObject({ secret: 'your-256-bit-secret' });
    const claim = hmacToken({ alg: 'HS256' }, { iss: 'https://auth.acme.io/' }, 'acme');
    const report = await run(claim, { key: 'acme' });
    expect(report.signature.status).toBe('valid');
    expect(report.weakSecret).toMatchObject({ secret: 'acme', source: 'token claim iss' });
    expect(report.findings.map((f) => f.rule)).toContain('hmac-secret-weak');
  });
});
