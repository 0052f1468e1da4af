import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { estimateEntropyBits } from '../../../../src/core/secrets/entropy';

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
});
