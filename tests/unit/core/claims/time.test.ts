import { describe, expect, it } from 'vitest';
import { isExpired, numericClaim, timeVerdict } from '../../../../src/core/claims/time';
import { hmacToken, NOW, run } from '../../helpers/mint';

const LEEWAY = 60;

describe('timeVerdict', () => {
  it.each([
    ['no payload', undefined, 'unknown'],
    ['valid', { iat: NOW - 60, exp: NOW + 600 }, 'valid'],
    ['expired', { exp: NOW - 61 }, 'expired'],
    ['expired within leeway', { exp: NOW - 60 }, 'valid'],
    ['not yet valid', { nbf: NOW + 61, exp: NOW + 600 }, 'not-yet-valid'],
    ['nbf within leeway', { nbf: NOW + 60, exp: NOW + 600 }, 'valid'],
    ['no exp', { sub: 'u1' }, 'no-expiry'],
    ['exp as a string', { exp: String(NOW + 600) }, 'no-expiry'],
    ['nbf in the future and no exp', { nbf: NOW + 3600 }, 'not-yet-valid'],
    ['expired and not yet valid', { nbf: NOW + 3600, exp: NOW - 3600 }, 'expired'],
  ] as const)('%s → %s', (_name, payload, status) => {
    expect(timeVerdict(payload, NOW, LEEWAY).status).toBe(status);
  });

  it('gives expiresIn and validIn in seconds', () => {
    expect(timeVerdict({ exp: NOW + 600 }, NOW, LEEWAY)).toMatchObject({ expiresIn: 600, now: NOW, leeway: LEEWAY });
    expect(timeVerdict({ exp: NOW - 600 }, NOW, LEEWAY).expiresIn).toBe(-600);
    expect(timeVerdict({ nbf: NOW + 30, exp: NOW + 600 }, NOW, LEEWAY).validIn).toBe(30);
    expect(timeVerdict({ nbf: NOW - 30 }, NOW, LEEWAY).validIn).toBeUndefined();
  });

  it('is the report time verdict', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, { exp: NOW - 3600 }));
    expect(report.time).toMatchObject({ status: 'expired', expiresIn: -3600, now: NOW, leeway: LEEWAY });
    const later = await run(hmacToken({ alg: 'HS256' }, { exp: NOW - 3600 }), { now: NOW - 7200, leeway: 0 });
    expect(later.time).toMatchObject({ status: 'valid', expiresIn: 3600, leeway: 0 });
  });
});

describe('numericClaim and isExpired', () => {
  it('accepts only finite numbers', () => {
    expect(numericClaim({ exp: 5 }, 'exp')).toBe(5);
    expect(numericClaim({ exp: '5' }, 'exp')).toBeUndefined();
    expect(numericClaim({ exp: null }, 'exp')).toBeUndefined();
    expect(numericClaim({ exp: Infinity }, 'exp')).toBeUndefined();
    expect(numericClaim(undefined, 'exp')).toBeUndefined();
  });

  it('expires strictly after exp + leeway', () => {
    expect(isExpired(NOW - 60, NOW, 60)).toBe(false);
    expect(isExpired(NOW - 61, NOW, 60)).toBe(true);
    expect(isExpired(undefined, NOW, 60)).toBe(false);
  });
});
