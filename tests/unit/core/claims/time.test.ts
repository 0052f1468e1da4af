import { describe, expect, it } from 'vitest';
import { isExpired, numericClaim, timeVerdict, usableLeeway } from '../../../../src/core/claims/time';
import { hits, hmacToken, NOW, rs256Token, run } from '../../helpers/mint';

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

describe('issue 16: time readouts agree', () => {
  it('issue 16: a token accepted only because of the leeway says so (withinLeeway), and keeps its status', async () => {
    const report = await run(rs256Token({ alg: 'RS256' }, { exp: NOW - 300 }), { leeway: 600 });
    expect(report.time).toMatchObject({ status: 'valid', expiresIn: -300, withinLeeway: 'exp' });
    expect(report.claims.find((c) => c.name === 'exp')?.time?.fromNow).toBe(-300);
    expect(timeVerdict({ nbf: NOW + 30, exp: NOW + 600 }, NOW, LEEWAY)).toMatchObject({ status: 'valid', withinLeeway: 'nbf' });
    expect(timeVerdict({ nbf: NOW + 30 }, NOW, LEEWAY)).toMatchObject({ status: 'no-expiry', withinLeeway: 'nbf' });
    expect(timeVerdict({ exp: NOW - 30, nbf: NOW + 30 }, NOW, LEEWAY).withinLeeway).toBe('exp');
  });

  it('issue 16: withinLeeway is absent when the token needs no leeway, or when the leeway is not enough', () => {
    for (const payload of [{ exp: NOW + 600 }, { exp: NOW }, { nbf: NOW, exp: NOW + 1 }, { sub: 'u1' }]) {
      expect(timeVerdict(payload, NOW, LEEWAY).withinLeeway, JSON.stringify(payload)).toBeUndefined();
    }
    expect(timeVerdict({ exp: NOW - 61 }, NOW, LEEWAY)).not.toHaveProperty('withinLeeway');
    expect(timeVerdict({ nbf: NOW + 61 }, NOW, LEEWAY)).not.toHaveProperty('withinLeeway');
    expect(timeVerdict({ exp: NOW - 1 }, NOW, 0).status).toBe('expired');
  });

  it('issue 16: a negative leeway counts as 0, and one that is not a number as the default', async () => {
    const token = rs256Token({ alg: 'RS256' }, { exp: NOW + 30, nbf: NOW - 30 });
    const negative = await run(token, { leeway: -600 });
    expect(negative.leeway).toBe(0);
    expect(negative.time).toMatchObject({ status: 'valid', leeway: 0 });
    expect(hits(negative, 'exp-expired')).toHaveLength(0);
    expect(hits(negative, 'nbf-future')).toHaveLength(0);
    const expired = hmacToken({ alg: 'HS256' }, { exp: NOW - 3600 });
    for (const leeway of [Number.NaN, Infinity, -Infinity]) {
      const report = await run(expired, { leeway });
      expect(report.leeway).toBe(60);
      expect(report.time.status).toBe('expired');
    }
    expect(usableLeeway(-5, 60)).toBe(0);
    expect(usableLeeway(undefined, 60)).toBe(60);
    expect(usableLeeway(2.5, 60)).toBe(2.5);
  });
});
