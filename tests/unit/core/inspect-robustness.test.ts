// Whatever is pasted, inspect() returns a report with a status and never throws or hangs; the
// parsing stages alone never throw either. Timing is the bench script's job: the per-test
// timeout here is only a hang guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/parse/extract';
import { inspect } from '../../../src/core/index';
import { parseToken } from '../../../src/core/parse/token';
import type { Report } from '../../../src/core/report';
import { b64url, hmacToken, NOW } from '../helpers/mint';

const REAL = [
  hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', exp: 4102444800, roles: ['a', 'b'], n: 1.5e3 }),
  'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
  'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn',
  'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.$.02.A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY',
  JSON.stringify({ payload: 'eyJzdWIiOiJhZG1pbiJ9', protected: 'eyJhbGciOiJIUzI1NiJ9', header: { kid: 'k' }, signature: 'c2ln' }),
  JSON.stringify({ payload: 'e30', signatures: [{ protected: 'eyJhbGciOiJFUzI1NiJ9', signature: 'c2ln' }, { header: { alg: 'none' }, signature: '' }] }),
  `Bearer ${hmacToken({ alg: 'HS256' }, { sub: 'u2' })}`,
];

const NOISE_CHARS = ['.', '{', '}', '[', ']', '"', '\\', '%', '=', ',', ';', ':', ' ', '\n', '\0', 'e', 'y', 'J', '#', '&', '?', '\u00e9', '\ud800', '😀'];

const isReport = (r: Report) => typeof r.kind === 'string' && typeof r.signature.status === 'string' && Array.isArray(r.findings);

function parses(input: string): void {
  const t = parseToken(extract(input));
  expect(typeof t.kind).toBe('string');
  if (t.kind === 'malformed') expect(t.malformedReason).toMatch(/\S/);
}

/** Text mutations of a real token: replace, insert or delete characters. */
const mutatedText = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'insert', 'delete'), fc.constantFrom(...NOISE_CHARS, 'A', '_', '-')), { minLength: 1, maxLength: 6 }),
  )
  .map(([token, edits]) => {
    let s = token;
    for (const [at, op, ch] of edits) {
      const i = s.length ? at % s.length : 0;
      s = op === 'set' ? s.slice(0, i) + ch + s.slice(i + 1) : op === 'insert' ? s.slice(0, i) + ch + s.slice(i) : s.slice(0, i) + s.slice(i + 1);
    }
    return s;
  });

/** Byte mutations inside the header or payload of a real compact token, re-encoded. */
const mutatedBytes = fc
  .tuple(fc.constantFrom(0, 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
  .map(([part, flips]) => {
    const pieces = REAL[0]!.split('.');
    const bytes = Buffer.from(pieces[part]!, 'base64url');
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    pieces[part] = b64url(bytes);
    return pieces.join('.');
  });

const randomText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...NOISE_CHARS), maxLength: 300 }));
const anyInput = fc.oneof(randomText, mutatedText, mutatedBytes);

describe('parsing never throws', () => {
  it('on random text, mutated tokens and mutated header/payload bytes', () => {
    fc.assert(fc.property(anyInput, (input) => parses(input)), { numRuns: 3000 });
  });

  it('on random JSON wrapped as a header or payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (h, p) => parses(`${b64url(JSON.stringify(h))}.${b64url(JSON.stringify(p))}.c2ln`)),
      { numRuns: 500 },
    );
  });
});

describe('inspect() never throws and always reports a status', () => {
  it('on random text, mutated tokens and mutated bytes', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (token) => {
        const report = await inspect({ token, now: NOW });
        expect(isReport(report)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('returns a malformed report for 5 MB of random garbage', async () => {
    let state = 42; // a fixed linear congruential sequence: the same garbage every run
    const alphabet = `${NOISE_CHARS.join('')}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-`;
    const chars = new Array<string>(5_000_000);
    for (let i = 0; i < chars.length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      chars[i] = alphabet[state % alphabet.length]!;
    }
    const report = await inspect({ token: chars.join(''), now: NOW });
    expect(report.kind).toBe('malformed');
    expect(report.signature.status).toBe('malformed');
  }, 120_000);

  it('returns a malformed report for 5 MB of one character and for a 9 MB token', async () => {
    for (const token of ['.'.repeat(5_000_000), '{'.repeat(5_000_000), `eyJhbGciOiJIUzI1NiJ9.${'A'.repeat(9_000_000)}.c2ln`]) {
      const report = await inspect({ token, now: NOW });
      expect(report.kind).toBe('malformed');
    }
  }, 120_000);

  it('handles a deeply nested payload (1,000 levels) as a token with a depth problem', async () => {
    const token = `eyJhbGciOiJIUzI1NiJ9.${b64url(`{"a":${'['.repeat(1000)}${']'.repeat(1000)}}`)}.c2ln`;
    const report = await inspect({ token, now: NOW });
    expect(report.kind).toBe('jws');
    expect(report.payload?.json?.depth).toBeGreaterThan(256);
  }, 60_000);
});
