// Cheap factoring tests for RSA moduli (rules-next O, key-rsa-factorable): each is bounded, so a
// pasted key never freezes the page. A modulus fails when the private key follows from it: a
// prime factor below 2^16, a prime or perfect-power modulus, p and q so close that Fermat's
// method finds them within 2^16 steps (CVE-2022-26320), the ROCA fingerprint (CVE-2017-15361), or
// a prime shared with another modulus (Heninger et al. 2012). Results are kept per modulus.
import { bitLength } from './der';
import { hasRocaFingerprint } from './roca';

export type FactorFlaw = 'small-factor' | 'prime' | 'perfect-power' | 'fermat' | 'roca';

export interface FactorResult {
  flaw: FactorFlaw;
  /** A factor found (small-factor, fermat), or the root (perfect-power). */
  factor?: bigint;
}

const LIMIT = 1 << 16;
/** A probable-prime test costs a full modular exponentiation (about 5 ms at 1024 bits, 30 ms at
 * 2048, 180 ms at 4096 in V8): it runs only up to this size. */
const PRIME_TEST_BITS = 1024;

const SMALL_PRIMES: number[] = [];
{
  const sieve = new Uint8Array(LIMIT);
  for (let i = 2; i < LIMIT; i++) {
    if (sieve[i]) continue;
    SMALL_PRIMES.push(i);
    for (let j = i * i; j < LIMIT; j += i) sieve[j] = 1;
  }
}
/** The small primes grouped so that each group's product stays below 2^53: one BigInt remainder
 * per group, then Number arithmetic. */
const GROUPS: { product: number; primes: number[] }[] = [];
for (const p of SMALL_PRIMES) {
  const last = GROUPS[GROUPS.length - 1];
  if (last && last.product * p < Number.MAX_SAFE_INTEGER) {
    last.product *= p;
    last.primes.push(p);
  } else GROUPS.push({ product: p, primes: [p] });
}

const MAX_KEPT = 64;
const kept = new Map<bigint, FactorResult | null>();

/** The first cheap test this modulus fails, or undefined when it passes them all. */
export function factorFlaw(n: bigint): FactorResult | undefined {
  if (n < 2n) return undefined;
  if (n <= 3n) return { flaw: 'prime' };
  const known = kept.get(n);
  if (known !== undefined) return known ?? undefined;
  const result = smallFactor(n) ?? perfectPower(n) ?? fermat(n) ?? (hasRocaFingerprint(n) ? { flaw: 'roca' as const } : undefined) ?? probablePrime(n);
  kept.set(n, result ?? null);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return result;
}

export function smallFactor(n: bigint): FactorResult | undefined {
  for (const group of GROUPS) {
    const r = Number(n % BigInt(group.product));
    for (const p of group.primes) {
      if (r % p === 0 && n !== BigInt(p)) return { flaw: 'small-factor', factor: BigInt(p) };
    }
  }
  return undefined;
}

/** ⌊n^(1/k)⌋ by Newton's method, from a floating-point estimate (about 50 correct bits), so a
 * few steps reach it. */
export function integerRoot(n: bigint, k: number): bigint {
  if (n < 2n) return n;
  const K = BigInt(k);
  const bits = bitLength(n);
  const shift = Math.max(0, bits - 53);
  const log = (Math.log2(Number(n >> BigInt(shift))) + shift) / k;
  const whole = Math.floor(log);
  const x0 = whole < 52 ? BigInt(Math.floor(2 ** log)) : BigInt(Math.floor(2 ** (log - whole + 52))) << BigInt(whole - 52);
  const step = (x: bigint) => ((K - 1n) * x + n / x ** (K - 1n)) / K;
  // One step from any positive x lands at or above the root; from there the steps decrease.
  let x = step(x0 > 0n ? x0 : 1n);
  for (let y = step(x); y < x; y = step(x)) x = y;
  while (x ** K > n) x -= 1n;
  while ((x + 1n) ** K <= n) x += 1n;
  return x;
}

/** Small primes p ≡ 1 (mod k): n can be a k-th power only if n mod p is a k-th power residue,
 * which a random n is with probability 1/k per prime. */
const residuePrimes = new Map<number, number[]>();
function residuePrimesOf(k: number): number[] {
  let primes = residuePrimes.get(k);
  if (!primes) {
    primes = [];
    for (let i = 1; i < SMALL_PRIMES.length && primes.length < 6; i++) if (SMALL_PRIMES[i]! % k === 1) primes.push(SMALL_PRIMES[i]!);
    residuePrimes.set(k, primes);
  }
  return primes;
}

/** n = r^k for a prime k; r has no factor below 2^16 (tested first), so k < bits / 16. */
export function perfectPower(n: bigint): FactorResult | undefined {
  const maxK = Math.max(2, Math.floor(bitLength(n) / 16));
  for (const k of SMALL_PRIMES) {
    if (k > maxK) break;
    const residues = residuePrimesOf(k).every((p) => smallPowMod(Number(n % BigInt(p)), (p - 1) / k, p) === 1);
    if (!residues) continue;
    const r = integerRoot(n, k);
    if (r ** BigInt(k) === n) return { flaw: 'perfect-power', factor: r };
  }
  return undefined;
}

/** x^e mod p for p below 2^16 (products stay below 2^32). */
function smallPowMod(x: number, e: number, p: number): number {
  let out = 1;
  for (let b = x % p; e > 0; e = Math.floor(e / 2), b = (b * b) % p) if (e % 2) out = (out * b) % p;
  return out;
}

/** Moduli whose squares are few, to skip most candidates of Fermat's method without BigInt. */
const FILTERS = [64, 63, 65, 11, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53].map((m) => {
  const square = new Uint8Array(m);
  for (let i = 0; i < m; i++) square[(i * i) % m] = 1;
  return { m, square };
});

/** Fermat's method: a from ⌈√n⌉ for 2^16 steps, looking for a² − n = b² (then n = (a−b)(a+b)).
 * Modulo each small m, (a0 + step)² − n depends only on step mod m: a table per m says which
 * steps can give a square, and only a step every table allows is checked with a BigInt root. */
export function fermat(n: bigint): FactorResult | undefined {
  let a0 = integerRoot(n, 2);
  if (a0 * a0 < n) a0 += 1n;
  const tables = FILTERS.map(({ m, square }) => {
    const a = Number(a0 % BigInt(m));
    const nm = Number(n % BigInt(m));
    const ok = new Uint8Array(m);
    for (let k = 0; k < m; k++) ok[k] = square[((((a + k) * (a + k) - nm) % m) + m) % m]!;
    return { m, ok };
  });
  for (let step = 0; step < LIMIT; step++) {
    let maybe = true;
    for (let i = 0; maybe && i < tables.length; i++) maybe = tables[i]!.ok[step % tables[i]!.m] === 1;
    if (!maybe) continue;
    const a = a0 + BigInt(step);
    const b2 = a * a - n;
    const b = integerRoot(b2, 2);
    if (b * b === b2 && a - b > 1n) return { flaw: 'fermat', factor: a - b };
  }
  return undefined;
}

/** Strong probable prime to bases 2, 3, 5, 7 (composites that pass all four are rare and not RSA
 * moduli anyone made by accident). Skipped above PRIME_TEST_BITS. */
function probablePrime(n: bigint): FactorResult | undefined {
  if (bitLength(n) > PRIME_TEST_BITS || n % 2n === 0n) return undefined;
  let d = n - 1n;
  let s = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    s++;
  }
  for (const base of [2n, 3n, 5n, 7n]) {
    let x = powMod(base, d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < s && composite; i++) {
      x = (x * x) % n;
      if (x === n - 1n) composite = false;
    }
    if (composite) return undefined;
  }
  return { flaw: 'prime' };
}

export function powMod(base: bigint, exponent: bigint, m: bigint): bigint {
  let out = 1n;
  let b = base % m;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) out = (out * b) % m;
    b = (b * b) % m;
  }
  return out;
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Pairs of distinct moduli (by index) that share a prime factor: for each modulus, the gcd with
 * the product of the others reduced by it, then pairwise only for those that share one. Up to
 * `max` moduli are compared. */
export function sharedPrimes(moduli: readonly bigint[], max = 100): [number, number, bigint][] {
  const list = moduli.slice(0, max);
  if (list.length < 2) return [];
  // The same key text is inspected again with every edit of the token: keep the last answer.
  const id = list.map((n) => n.toString(36)).join(',');
  if (lastShared?.id === id) return lastShared.pairs;
  const pairs = findShared(list);
  lastShared = { id, pairs };
  return pairs;
}

let lastShared: { id: string; pairs: [number, number, bigint][] } | undefined;

function findShared(list: readonly bigint[]): [number, number, bigint][] {
  const pairs: [number, number, bigint][] = [];
  list.forEach((n, i) => {
    if (n <= 1n) return;
    let product = 1n;
    list.forEach((m, j) => {
      if (j !== i && m !== n) product = (product * (m % n)) % n;
    });
    const g = gcd(n, product);
    if (g === 1n) return;
    for (let j = i + 1; j < list.length; j++) {
      const shared = list[j] === n ? 1n : gcd(n, list[j]!);
      if (shared !== 1n) pairs.push([i, j, shared]);
    }
  });
  return pairs;
}
