import { describe, expect, it } from 'vitest';
import { tokenProfile } from '../../../../src/core/claims/profile';
import { compact, hmacToken, run, severityOf } from '../../helpers/mint';
import {
  BCL_LOGOUT_CLAIMS, CLIENT_ASSERTION_CLAIMS, JAR_REQUEST_OBJECT, OIDC_REQUEST_OBJECT, RFC9449_NONCE_CLAIMS, RFC9449_PROOF,
  RFC9449_PROOF_HEADER,
} from './kind-examples';

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

describe('issue 16: request objects, logout tokens, DPoP proofs and client assertions are not ID tokens', () => {
  const withNonce = { ...BCL_LOGOUT_CLAIMS, nonce: 'n-0S6_WzA2Mj' };
  it.each([
    ['request object by its claims', { alg: 'RS256' }, { response_type: 'code', client_id: 'c', nonce: 'n', scope: 'openid' }, { ...none, requestObject: true }],
    ['request object by typ', { typ: 'application/oauth-authz-req+jwt' }, { nonce: 'n' }, { ...none, requestObject: true }],
    ['logout token by its event', {}, withNonce, { ...none, logoutToken: true }],
    ['logout token by typ', { typ: 'logout+jwt' }, { nonce: 'n' }, { ...none, logoutToken: true }],
    ['DPoP proof with a nonce', RFC9449_PROOF_HEADER, RFC9449_NONCE_CLAIMS, { ...none, dpop: true }],
    ['DPoP proof typed JWT: its jwk, htm and htu say so', { ...RFC9449_PROOF_HEADER, typ: 'JWT' }, RFC9449_NONCE_CLAIMS, { ...none, dpop: true }],
    ['DPoP proof with scope is not an access token', RFC9449_PROOF_HEADER, { ...RFC9449_NONCE_CLAIMS, scope: 'x' }, { ...none, dpop: true }],
    ['security event token typed secevent+jwt', { typ: 'secevent+jwt' }, { events: {}, azp: 'c' }, none],
    ['client assertion (OIDC Core §9)', { alg: 'RS256', typ: 'JWT' }, CLIENT_ASSERTION_CLAIMS, none],
    ['events without the logout member', {}, { events: { 'https://example.com/other': {} }, nonce: 'n' }, { ...none, idToken: true }],
    ['jwk with htm only is not a proof', { jwk: RFC9449_PROOF_HEADER.jwk }, { htm: 'GET', nonce: 'n' }, { ...none, idToken: true }],
    ['unknown typ decides nothing', { typ: 'JOSE' }, { nonce: 'n' }, { ...none, idToken: true }],
    ['typ __proto__ decides nothing', { typ: '__proto__' }, { nonce: 'n' }, { ...none, idToken: true }],
  ] as const)('%s', (_name, header, payload, expected) => {
    expect(tokenProfile(header as Record<string, unknown>, payload as Record<string, unknown>)).toEqual(expected);
  });

  it('the OIDC Core §6.1 request object: exp, sub missing at their generic severities, no ID-token finding', async () => {
    const report = await run(OIDC_REQUEST_OBJECT);
    expect(report.kind).toBe('jws');
    expect(report.profile).toEqual({ ...none, requestObject: true });
    expect(severityOf(report, 'token-kind-id-token')).toBeUndefined();
    expect(severityOf(report, 'exp-missing')).toBe('warning');
    expect(severityOf(report, 'sub-missing')).toBe('info');
    expect(severityOf(report, 'iat-missing')).toBe('info');
    expect(severityOf(report, 'iss-missing')).toBeUndefined();
    expect(severityOf(report, 'aud-missing')).toBeUndefined();
  });

  it('a JAR request object typed oauth-authz-req+jwt', async () => {
    const report = await run(JAR_REQUEST_OBJECT);
    expect(report.profile.requestObject).toBe(true);
    expect(severityOf(report, 'token-kind-id-token')).toBeUndefined();
    expect(severityOf(report, 'exp-missing')).toBe('warning');
    expect(severityOf(report, 'typ-unexpected')).toBeUndefined();
  });

  it.each([
    ['untyped', {}],
    ['typed logout+jwt', { typ: 'logout+jwt' }],
  ])('a back-channel logout token (§2.4) with a nonce, %s', async (_name, typ) => {
    const report = await run(hmacToken({ alg: 'HS256', ...typ }, withNonce));
    expect(report.profile.logoutToken).toBe(true);
    expect(report.profile.idToken).toBe(false);
    expect(severityOf(report, 'token-kind-id-token')).toBeUndefined();
    expect(severityOf(report, 'exp-missing')).toBe('warning');
  });

  it('the RFC 9449 proof, and its §8 form with a nonce', async () => {
    const plain = await run(RFC9449_PROOF);
    expect(plain.profile).toEqual({ ...none, dpop: true });
    const withServerNonce = await run(compact(RFC9449_PROOF_HEADER, RFC9449_NONCE_CLAIMS, RFC9449_PROOF.split('.')[2]));
    expect(withServerNonce.profile).toEqual({ ...none, dpop: true });
    for (const report of [plain, withServerNonce]) {
      for (const rule of ['token-kind-id-token', 'exp-missing', 'aud-missing', 'iss-missing', 'sub-missing']) {
        expect(severityOf(report, rule), rule).toBeUndefined();
      }
    }
  });

  it('a JWT client assertion', async () => {
    const report = await run(hmacToken({ alg: 'HS256', typ: 'JWT' }, CLIENT_ASSERTION_CLAIMS));
    expect(report.profile).toEqual(none);
    expect(severityOf(report, 'token-kind-id-token')).toBeUndefined();
  });
});
