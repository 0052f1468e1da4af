import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacMatcher, type HmacAlg } from '../../../../src/core/secrets/hmac-matcher';

const ALGS: HmacAlg[] = ['HS256', 'HS384', 'HS512'];
const nodeHash = (alg: HmacAlg) => `sha${alg.slice(2)}`;

describe('hmacMatcher', () => {
  it.each(ALGS)('%s agrees with node:crypto for any key and message', (alg) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 400 }), (key, msg) => {
        const sig = createHmac(nodeHash(alg), key).update(msg).digest();
        const m = hmacMatcher(alg, msg, sig)!;
        expect(m.matches(key)).toBe(true);
        const other = Uint8Array.from([...key, 1]);
        expect(m.matches(other)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it.each(ALGS)('%s: the empty key equals an all-zero key up to the block size', (alg) => {
    const msg = new TextEncoder().encode('a.b');
    const sig = createHmac(nodeHash(alg), Buffer.alloc(0)).update(msg).digest();
    const m = hmacMatcher(alg, msg, sig)!;
    expect(m.matches(new Uint8Array(0))).toBe(true);
    expect(m.matches(new Uint8Array(alg === 'HS256' ? 64 : 128))).toBe(true);
  });

  it('reads a key from a view into a larger buffer', () => {
    const buf = new TextEncoder().encode('xxsecretyy');
    const msg = new TextEncoder().encode('header.payload');
    const sig = createHmac('sha256', 'secret').update(msg).digest();
    expect(hmacMatcher('HS256', msg, sig)!.matches(buf, 2, 8)).toBe(true);
  });

  it('refuses a signature of the wrong length', () => {
    expect(hmacMatcher('HS256', new Uint8Array(3), new Uint8Array(31))).toBeUndefined();
  });
});
