import { describe, expect, it } from 'vitest';
import { tokenProfile } from '../../../../src/core/claims/profile';
import { hmacToken, run } from '../../helpers/mint';

const none = { accessToken: false, atJwt: false, idToken: false, dpop: false };

describe('tokenProfile', () => {
  it.each([
    ['plain JWT', { typ: 'JWT' }, { sub: 'u1' }, none],
    ['no header', undefined, undefined, none],
    ['at+jwt', { typ: 'at+jwt' }, {}, { ...none, accessToken: true, atJwt: true }],
    ['application/AT+JWT', { typ: 'application/AT+JWT' }, {}, { ...none, accessToken: true, atJwt: true }],
    ['scope', { typ: 'JWT' }, { scope: 'read' }, { ...none, accessToken: true }],
    ['scp', {}, { scp: ['read'] }, { ...none, accessToken: true }],
    ['client_id', {}, { client_id: 'c' }, { ...none, accessToken: true }],
    ['nonce', { typ: 'JWT' }, { nonce: 'n' }, { ...none, idToken: true }],
    ['amr', {}, { amr: ['pwd'] }, { ...none, idToken: true }],
    ['at+jwt with auth_time is not an ID token', { typ: 'at+jwt' }, { auth_time: 1 }, { ...none, accessToken: true, atJwt: true }],
    ['ID token with azp and scope', {}, { azp: 'c', scope: 'openid' }, { ...none, accessToken: true, idToken: true }],
    ['dpop+jwt', { typ: 'dpop+jwt' }, { htm: 'GET' }, { ...none, dpop: true }],
    ['typ not a string', { typ: 42 }, {}, none],
  ] as const)('%s', (_name, header, payload, expected) => {
    expect(tokenProfile(header, payload)).toEqual(expected);
  });

  it('does not read inherited properties as claims', () => {
    expect(tokenProfile({}, JSON.parse('{"__proto__":{"nonce":"x"}}') as Record<string, unknown>).idToken).toBe(false);
  });

  it('is the report profile', async () => {
    const report = await run(hmacToken({ alg: 'HS256', typ: 'at+jwt' }, { client_id: 'c' }));
    expect(report.profile).toEqual({ ...none, accessToken: true, atJwt: true });
  });
});
