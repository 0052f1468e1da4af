// SHA-2 round constants and initial values, derived at load time the way FIPS 180-4 §4.2.2,
// §4.2.3, §5.3 defines them (fractional parts of square and cube roots of the first primes)
// instead of 200 hand-copied hex literals. Checked against node:crypto in the unit tests.

function primes(count: number): bigint[] {
  const out: bigint[] = [];
  for (let n = 2; out.length < count; n++) {
    if (out.every((p) => BigInt(n) % p !== 0n)) out.push(BigInt(n));
  }
  return out;
}

/** floor(x^(1/k)) for a big integer x (Newton's method from above). */
function iroot(x: bigint, k: bigint): bigint {
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

/** First `bits` bits of the fractional part of p^(1/k), for each prime. */
function fractions(ps: bigint[], k: bigint, bits: bigint): bigint[] {
  const mask = (1n << bits) - 1n;
  return ps.map((p) => iroot(p << (k * bits), k) & mask);
}

/** 64-bit values as [hi, lo, hi, lo, …] 32-bit signed words. */
function split64(values: bigint[]): Int32Array {
  const out = new Int32Array(values.length * 2);
  values.forEach((v, i) => {
    out[2 * i] = Number(BigInt.asIntN(32, v >> 32n));
    out[2 * i + 1] = Number(BigInt.asIntN(32, v));
  });
  return out;
}

const P80 = primes(80);
const P16 = P80.slice(0, 16);

export const K256 = Int32Array.from(fractions(P80.slice(0, 64), 3n, 32n), (v) => Number(BigInt.asIntN(32, v)));
export const IV256 = Int32Array.from(fractions(P16.slice(0, 8), 2n, 32n), (v) => Number(BigInt.asIntN(32, v)));
export const K512 = split64(fractions(P80, 3n, 64n));
export const IV512 = split64(fractions(P16.slice(0, 8), 2n, 64n));
export const IV384 = split64(fractions(P16.slice(8, 16), 2n, 64n));
