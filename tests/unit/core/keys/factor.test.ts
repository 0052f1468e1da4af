// issue 12, key-rsa-factorable: the cheap factoring tests of core/crypto/factor.ts.
import { describe, expect, it } from 'vitest';
import { factorFlaw, integerRoot, sharedPrimes } from '../../../../src/core/crypto/factor';
import { nextPrime, randomPrime } from '../../helpers/rsa-moduli';

describe('cheap factoring tests', () => {
  it('issue 12: integerRoot is the floor of the k-th root', () => {
    for (const n of [2n, 26n, 27n, 28n, 10n ** 40n + 7n, (1n << 2048n) - 1n, randomPrime(300) ** 5n]) {
      for (const k of [2, 3, 5, 7]) {
        const r = integerRoot(n, k);
        expect(r ** BigInt(k) <= n && (r + 1n) ** BigInt(k) > n, `${n} ^ 1/${k}`).toBe(true);
      }
    }
  });

  it('issue 12: Fermat finds primes 2^16 steps apart at most, and returns the factor', () => {
    const p = randomPrime(512);
    const q = nextPrime(p + 1000n);
    expect(factorFlaw(p * q)).toEqual({ flaw: 'fermat', factor: p });
  });

  it('issue 12: sharedPrimes names each pair of moduli with a common prime, once', () => {
    const [p, a, b, c, d] = [randomPrime(256), randomPrime(256), randomPrime(256), randomPrime(256), randomPrime(256)];
    const moduli = [p * a, b * c, p * d, b * c];
    expect(sharedPrimes(moduli)).toEqual([[0, 2, p]]);
    expect(sharedPrimes([p * a])).toEqual([]);
  });

  it('issue 12: only the first 100 moduli are compared', () => {
    const p = randomPrime(128);
    const filler = Array.from({ length: 100 }, () => randomPrime(64) * randomPrime(64));
    expect(sharedPrimes([p * randomPrime(128), ...filler, p * randomPrime(128)])).toEqual([]);
  });
});
