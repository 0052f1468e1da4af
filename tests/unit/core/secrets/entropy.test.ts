import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entropyEstimate, estimateEntropyBits, WELL_KNOWN_COUNT } from '../../../../src/core/secrets/entropy';

describe('estimateEntropyBits', () => {
  it.each([
    'secret',
    'MyProject2026!',
    'MyProject2026',
    'correct horse battery staple',
    'qwertyuiopasdfghjkl',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'abcdefghijklmnopqrstuvwxyz0123456789',
    'mysupersecretpasswordforthejwtservice2024',
    'your-256-bit-secret',
    'Summer2024!Summer2024!',
    randomBytes(15).toString('base64url'), // 20 random base64url characters
  ])('%j is below 128 bits', (text) => {
    expect(estimateEntropyBits(text)).toBeLessThan(128);
  });

  it.each([
    randomBytes(32).toString('base64'),
    randomBytes(32).toString('base64url'),
    randomBytes(32).toString('hex'),
    randomBytes(24).toString('base64url'), // 32 characters
    'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf',
  ])('%j is 128 bits or more', (text) => {
    expect(estimateEntropyBits(text)).toBeGreaterThanOrEqual(128);
  });

  it('grows with random length', () => {
    const base = randomBytes(48).toString('base64url');
    expect(estimateEntropyBits(base.slice(0, 30))).toBeLessThan(estimateEntropyBits(base));
  });

  // jwt.io's 2025 example secret is 38 characters long, yet worth a handful of guesses: the
  // figure must say it comes from the list of well-known secrets, not from the text's length.
  it('issue 16: a 38-character published secret is scored as one of the list, and says so', () => {
    const jwtIo = 'a-string-secret-at-least-256-bits-long';
    expect(jwtIo).toHaveLength(38);
    expect(entropyEstimate(jwtIo)).toEqual({ bits: Math.log2(WELL_KNOWN_COUNT), basis: 'well-known', exact: true });
    expect(entropyEstimate('A-String-Secret-At-Least-256-Bits-Long')).toEqual({ bits: Math.log2(WELL_KNOWN_COUNT), basis: 'well-known', exact: false });
    const typed = entropyEstimate('a-string-secret-at-least-256-bits-long!');
    expect(typed.basis).toBe('estimate');
    expect(typed.bits).toBeGreaterThan(entropyEstimate(jwtIo).bits);
    expect(typed.bits).toBe(estimateEntropyBits('a-string-secret-at-least-256-bits-long!'));
  });
});
