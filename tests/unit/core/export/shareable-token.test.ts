// shareableToken (issue 17): the token a share link carries, with the chosen claim values masked
// and the signature left out when asked; the header and signature as written otherwise.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { inspect, MASKED, shareableToken } from '../../../../src/core/index';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const SECRET = 'a-strong-secret-of-at-least-32-bytes-long!!';
const HEADER = b64('{"alg":"HS256","typ":"JWT"}');
function hs256(payload: object): string {
  const input = `${HEADER}.${b64(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}
const NOW = 1_700_000_000;
const claims = { iss: 'https://issuer.example', sub: 'user-4711-secret-id', iat: NOW - 10, exp: NOW + 600 };
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('shareableToken', () => {
  it('issue 17: with nothing chosen, the link carries the token as extracted', async () => {
    const token = hs256(claims);
    const report = await inspect({ token: `Bearer ${token}`, key: SECRET, now: NOW });
    expect(shareableToken(report)).toBe(token);
  });

  it('issue 17: a masked claim and a stripped signature: header as written, sub masked, no signature', async () => {
    const token = hs256(claims);
    const report = await inspect({ token, key: SECRET, now: NOW });
    const shared = shareableToken(report, { mask: ['sub'], stripSignature: true });
    const [header, , signature] = shared.split('.');
    expect(header).toBe(HEADER);
    expect(signature).toBe('');
    expect(shared).not.toContain('user-4711-secret-id');
    expect(payloadOf(shared)).toEqual({ ...claims, sub: MASKED });
    const again = await inspect({ token: shared, key: SECRET, now: NOW });
    expect(again.kind).toBe('jws');
    expect(again.claims.find((c) => c.name === 'sub')?.value).toBe(MASKED);
  });

  it('issue 17: masking keeps the signature when it is not stripped (it no longer matches)', async () => {
    const token = hs256(claims);
    const report = await inspect({ token, key: SECRET, now: NOW });
    const shared = shareableToken(report, { mask: ['sub'] });
    expect(shared.split('.')[2]).toBe(token.split('.')[2]);
    expect((await inspect({ token: shared, key: SECRET, now: NOW })).signature.status).toBe('invalid');
  });

  it('issue 17: stripping only the signature leaves the payload segment as written', async () => {
    const token = hs256(claims);
    const report = await inspect({ token, now: NOW });
    expect(shareableToken(report, { stripSignature: true })).toBe(token.slice(0, token.lastIndexOf('.') + 1));
  });

  it('issue 17: a token that cannot be masked (malformed) is carried as it is', async () => {
    const report = await inspect({ token: 'eyJhbGciOi.not-a-token', now: NOW });
    expect(report.kind).toBe('malformed');
    expect(shareableToken(report, { mask: ['sub'], stripSignature: true })).toBe(report.input.token);
  });
});
