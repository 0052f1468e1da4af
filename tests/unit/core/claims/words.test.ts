import { describe, expect, it } from 'vitest';
import { clip, durationInWords, groupDigits, isoUtc, timeValueInWords, utcInWords } from '../../../../src/core/claims/words';
import { relativeInWords } from '../../../../src/core/claims/relative-time';

describe('durationInWords', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [45, '45 seconds'],
    [-45, '45 seconds'],
    [600, '10 minutes'],
    [3600, '1 hour'],
    [5400, '90 minutes'],
    [3 * 3600, '3 hours'],
    [36 * 3600, '36 hours'],
    [12 * 86_400, '12 days'],
    [365 * 86_400, '1 year'],
    [1767225600 - 1516242622, '8 years'],
    [7.5 * 365 * 86_400, '7.5 years'],
    [55_000 * 365 * 86_400, '55,000 years'],
    [Infinity, 'forever'],
  ])('%s s → %s', (seconds, words) => {
    expect(durationInWords(seconds)).toBe(words);
  });
});

describe('relativeInWords', () => {
  it('says ago, in and right now', () => {
    expect(relativeInWords(-7200)).toBe('2 hours ago');
    expect(relativeInWords(7200)).toBe('in 2 hours');
    expect(relativeInWords(0)).toBe('right now');
  });
});

describe('dates', () => {
  it('formats UTC without milliseconds', () => {
    expect(isoUtc(1767225600)).toBe('2026-01-01T00:00:00Z');
    expect(isoUtc(1516242622)).toBe('2018-01-18T02:30:22Z');
    expect(utcInWords(1516242622)).toBe('2018-01-18 02:30 UTC');
    expect(timeValueInWords(1767225600)).toBe('1767225600 (2026-01-01 00:00 UTC)');
  });

  it('handles years beyond 9999 and values outside Date', () => {
    expect(utcInWords(253402300800)).toBe('+010000-01-01 00:00 UTC');
    expect(isoUtc(1e13)).toBeUndefined();
    expect(isoUtc(Number.NaN)).toBeUndefined();
    expect(timeValueInWords(1e13)).toBe('10000000000000');
  });
});

describe('clip', () => {
  it('cuts long values and keeps short ones', () => {
    expect(clip('admin')).toBe('admin');
    expect(clip('x'.repeat(100), 10)).toBe('xxxxxxx...');
    expect(clip('x'.repeat(100))).toHaveLength(60);
  });
});

describe('groupDigits', () => {
  it.each([0, 7, 999, 1000, 12_345, 1_200_000, 409_600, -1234, -999, Number.MAX_SAFE_INTEGER, 2 ** 60, 1e21, 1.5])(
    '%s as toLocaleString("en-US") writes it',
    (n) => {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    },
  );
});

describe('issue 16: one relative-time formatter', () => {
  it('issue 16: says the time relative to a chosen moment instead of now when given one', () => {
    expect(relativeInWords(-300, 'the chosen time')).toBe('5 minutes before the chosen time');
    expect(relativeInWords(300, 'that')).toBe('5 minutes after that');
    expect(relativeInWords(0, 'noon')).toBe('at noon');
  });

  it('issue 16: rounds as durationInWords does, to the nearest unit, in the past and the future alike', () => {
    // 9.5 minutes and 1.6 years: the banner once said "9 min" and "1 year" beside "10 minutes", "2 years".
    for (const s of [570, 599, 1.6 * 365 * 86_400, 47 * 3600, 89]) {
      expect(relativeInWords(-s)).toBe(`${durationInWords(s)} ago`);
      expect(relativeInWords(s)).toBe(`in ${durationInWords(s)}`);
    }
    expect(relativeInWords(-570)).toBe('10 minutes ago');
  });
});
