import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64url, encodeBase64url, encodeBase64urlText } from '../../../../src/core/parse/base64url';
import type { Base64Issue } from '../../../../src/core/parse/types';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('decodeBase64url: strictness issues, each reported on its own', () => {
  it.each<[string, string, Base64Issue[], string]>([
    ['canonical', 'eyJhbGciOiJub25lIn0', [], '{"alg":"none"}'],
    ['padding', 'eyJhbGciOiJub25lIn0=', ['padding'], '{"alg":"none"}'],
    ['standard alphabet', 'ab+/', ['std-alphabet'], '\x69\xbf\xbf'],
    ['whitespace (line break)', 'eyJhbGci\nOiJub25lIn0', ['whitespace'], '{"alg":"none"}'],
    ['whitespace (NBSP)', 'eyJhbGci\u00a0OiJub25lIn0', ['whitespace'], '{"alg":"none"}'],
    ['non-zero trailing bits (mod 4 = 3)', 'eyJhbGciOiJub25lIn1', ['trailing-bits'], '{"alg":"none"}'],
    ['non-zero trailing bits (mod 4 = 2)', 'QR', ['trailing-bits'], 'A'],
    ['invalid character', 'eyJhbGciOiJub25lIn0!', ['invalid-char'], '{"alg":"none"}'],
    ['length mod 4 = 1', 'eyJhb', ['bad-length'], '{"a'],
    ['several at once', 'ab+/ cA==', ['padding', 'std-alphabet', 'whitespace'], ''],
    ['empty', '', [], ''],
  ])('%s', (_name, input, issues, decoded) => {
    const r = decodeBase64url(input);
    expect(r.issues).toEqual(issues);
    if (decoded) expect(Array.from(r.bytes)).toEqual(Array.from(decoded, (c) => c.charCodeAt(0)));
  });

  it('gives the offset of the first character that is not base64 at all', () => {
    expect(decodeBase64url('abc?def').invalidAt).toBe(3);
    expect(decodeBase64url('abc+def').invalidAt).toBeUndefined();
  });

  it('decodes what Node decodes, for any bytes (canonical text has no issues)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString('base64url');
        const r = decodeBase64url(encoded);
        expect(r.issues).toEqual([]);
        expect(Buffer.from(r.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  it('decodes standard base64 with padding to the same bytes, reporting the variants', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
        const std = Buffer.from(bytes).toString('base64');
        const r = decodeBase64url(std);
        expect(Buffer.from(r.bytes).equals(Buffer.from(bytes))).toBe(true);
        expect(r.issues.includes('padding')).toBe(std.includes('='));
        expect(r.issues.includes('std-alphabet')).toBe(/[+/]/.test(std));
      }),
    );
  });

  it('decodes 1 MB in one pass', () => {
    const big = Buffer.alloc(1024 * 1024, 7).toString('base64url');
    const r = decodeBase64url(big);
    expect(r.bytes.length).toBe(1024 * 1024);
    expect(r.issues).toEqual([]);
  });
});

describe('encodeBase64url', () => {
  it('matches Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        expect(encodeBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips through the decoder', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(text(decodeBase64url(encodeBase64urlText(s)).bytes)).toBe(new TextDecoder().decode(new TextEncoder().encode(s)));
      }),
    );
  });
});
