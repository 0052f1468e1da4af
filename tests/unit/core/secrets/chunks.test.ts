import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines } from '../../../../src/core/secrets/chunks';

const naive = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);

describe('countLines', () => {
  it('issue 15: counts four bytes at a time exactly as byte by byte, at any alignment and length', () => {
    // Bytes near "\n" (0x0a): 0x0b, 0x09, 0x8a, 0x00, 0xff are the ones a word-at-a-time test can confuse.
    const byte = fc.constantFrom(0x0a, 0x0a, 0x0b, 0x09, 0x8a, 0x00, 0xff, 0x0d, 0x61);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 64 }), fc.nat(7), (values, skip) => {
        const whole = Uint8Array.from(values);
        const view = whole.subarray(Math.min(skip, whole.length));
        expect(countLines(view)).toBe(naive(view));
      }),
      { numRuns: 500 },
    );
  });

  it('issue 15: a megabyte of short lines', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `pw${i.toString(36)}`).join('\n');
    const bytes = new TextEncoder().encode(`x${text}\n`).subarray(1);
    expect(countLines(bytes)).toBe(100_000);
  });
});
