// RSA moduli built for the factoring tests (not real keys): base64url, as a JWK's `n`.
import { checkPrimeSync, generatePrimeSync } from 'node:crypto';

const toB64url = (n: bigint) => {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
};

/** The first `count` primes. */
export function firstPrimes(count: number): bigint[] {
  const primes: bigint[] = [];
  for (let c = 2n; primes.length < count; c++) if (primes.every((p) => c % p !== 0n)) primes.push(c);
  return primes;
}

/** A 2048-bit modulus with the ROCA fingerprint: n ≡ 1 = 65537^0 modulo each of the first 126
 * primes (built with the CRT, not a real Infineon key). */
export function rocaModulus(): string {
  const m = firstPrimes(126).reduce((a, b) => a * b, 1n);
  return toB64url(m * ((1n << 2047n) / m + 1n) + 1n);
}

/** The first prime above `from` (node's primality test). */
export function nextPrime(from: bigint): bigint {
  let p = from % 2n ? from + 2n : from + 1n;
  while (!checkPrimeSync(p)) p += 2n;
  return p;
}

/** A random prime of `bits` bits. */
export const randomPrime = (bits: number): bigint => generatePrimeSync(bits, { bigint: true });

export { toB64url };
