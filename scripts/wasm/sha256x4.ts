// The source of src/core/secrets/sha256x4.wasm: HMAC-SHA-256 of four candidate keys at once
// in WebAssembly SIMD (one key per i32x4 lane), written out as bytecode by this generator so
// that the build needs no WebAssembly toolchain. `npm run gen:wasm` rewrites the .wasm file;
// tests/unit/core/secrets/hmac-simd.test.ts fails when the committed file differs from this.
//
// Memory layout (byte offsets; the JS side, src/core/secrets/hmac-simd.ts, fills the inputs):
//   0    K, the 64 SHA-256 round constants (i32)        256  IV, the 8 initial words
//   288  the expected signature, 8 big-endian words      320  inner state (8 × v128)
//   448  outer state (8 × v128)                          576  block being hashed (16 × v128)
//   keys: groups of 4 keys, 256 bytes each: word j of lane l at 16·j + 4·l, already padded
//         with zeros to 64 bytes (a longer key is hashed first, RFC 2104 §2)
//   msg:  per block of the padded message (after the 64-byte key block), the 64 words of its
//         schedule with K added: they do not depend on the key, so they are computed once.
// Export scan(keys, groups, msg, blocks): index of the first key whose HMAC equals the
// signature, or -1. FIPS 180-4 §6.2.2; RFC 2104.

export const LAYOUT = { k: 0, iv: 256, target: 288, inner: 320, outer: 448, block: 576, free: 832 } as const;

const V128 = 0x7b;
const I32 = 0x7f;
type Code = number[];

function uleb(n: number): Code {
  const out: Code = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): Code {
  const out: Code = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const vec = (items: Code[]): Code => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: Code): Code => [id, ...uleb(body.length), ...body];
const name = (s: string): Code => vec([...s].map((c) => [c.charCodeAt(0)]));

// Instructions.
const get = (l: number): Code => [0x20, ...uleb(l)];
const set = (l: number): Code => [0x21, ...uleb(l)];
const i32 = (n: number): Code => [0x41, ...sleb(n | 0)];
const simd = (op: number, ...imm: number[]): Code => [0xfd, ...uleb(op), ...imm];
const mem = (align: number, offset: number): number[] => [...uleb(align), ...uleb(offset)];
const load = (offset: number): Code => simd(0x00, ...mem(4, offset));
const splatLoad = (offset: number): Code => simd(0x09, ...mem(2, offset));
const store = (offset: number): Code => simd(0x0b, ...mem(4, offset));
const splat = (n: number): Code => [...simd(0x0c), ...Array.from({ length: 16 }, (_, i) => (n >>> (8 * (i & 3))) & 0xff)];
const [and, or, xor, bitselect] = [0x4e, 0x50, 0x51, 0x52].map((op) => simd(op));
const [eq, bitmask, shl, shrU, add] = [0x37, 0xa4, 0xab, 0xad, 0xae].map((op) => simd(op));

const rotr = (x: number, n: number): Code => [...get(x), ...i32(n), ...shrU, ...get(x), ...i32(32 - n), ...shl, ...or];
const sigma = (x: number, r1: number, r2: number, r3: number, shift: boolean): Code => [
  ...rotr(x, r1), ...rotr(x, r2), ...xor,
  ...(shift ? [...get(x), ...i32(r3), ...shrU] : rotr(x, r3)), ...xor,
];

/** 64 rounds over the state at `s` (param 1). Round i adds `kw(i)` (K[i] + W[i], one v128 on
 * the stack); `before(i)` runs first (the schedule). Locals 2..9 are a..h, 10 is t1. */
function rounds(kw: (i: number) => Code, before: (i: number) => Code): Code {
  const out: Code = [];
  for (let j = 0; j < 8; j++) out.push(...get(1), ...load(16 * j), ...set(2 + j));
  let [a, b, c, d, e, f, g, h] = [2, 3, 4, 5, 6, 7, 8, 9];
  const t1 = 10;
  for (let i = 0; i < 64; i++) {
    out.push(...before(i));
    // t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i]
    out.push(...get(h), ...sigma(e, 6, 11, 25, false), ...add, ...get(f), ...get(g), ...get(e), ...bitselect, ...add, ...kw(i), ...add, ...set(t1));
    // d += t1; h = t1 + Σ0(a) + Maj(a, b, c), Maj = bitselect(c, b, a ^ b)
    out.push(...get(d), ...get(t1), ...add, ...set(d));
    out.push(...get(t1), ...sigma(a, 2, 13, 22, false), ...add, ...get(c), ...get(b), ...get(a), ...get(b), ...xor, ...bitselect, ...add, ...set(h));
    [a, b, c, d, e, f, g, h] = [h, a, b, c, d, e, f, g];
  }
  [a, b, c, d, e, f, g, h].forEach((l, j) => out.push(...get(1), ...get(1), ...load(16 * j), ...get(l), ...add, ...store(16 * j)));
  return out;
}

/** compress(block, state): one block of 16 v128 words at `block` (param 0), schedule in locals
 * 11..26 (a rolling window of 16). */
function compress(): Code {
  const w = (i: number) => 11 + (i % 16);
  const before = (i: number): Code => {
    if (i < 16) return [...get(0), ...load(16 * i), ...set(w(i))];
    return [
      ...sigma(w(i - 2), 17, 19, 10, true), ...get(w(i - 7)), ...add,
      ...sigma(w(i - 15), 7, 18, 3, true), ...add, ...get(w(i - 16)), ...add, ...set(w(i)),
    ];
  };
  return rounds((i) => [...i32(0), ...splatLoad(LAYOUT.k + 4 * i), ...get(w(i)), ...add], before);
}

/** roundsKW(kw, state): the rounds of one message block whose K + W words are at `kw`. */
function roundsKW(): Code {
  return rounds((i) => [...get(0), ...splatLoad(4 * i)], () => []);
}

/** scan(keys, groups, msg, blocks) → i32; locals 4 g, 5 b, 6 mask. */
function scan(): Code {
  const [keys, groups, msg, blocks, g, b, mask] = [0, 1, 2, 3, 4, 5, 6];
  const { iv, target, inner, outer, block } = LAYOUT;
  const out: Code = [];
  const call = (fn: number, from: number, state: number) => out.push(...i32(from), ...i32(state), 0x10, ...uleb(fn));
  const ivInto = (state: number) => {
    for (let j = 0; j < 8; j++) out.push(...i32(0), ...i32(0), ...splatLoad(iv + 4 * j), ...store(state + 16 * j));
  };
  const padded = (pad: number) => {
    for (let j = 0; j < 16; j++) out.push(...i32(0), ...get(keys), ...load(16 * j), ...splat(pad), ...xor, ...store(block + 16 * j));
  };
  out.push(0x02, 0x40, 0x03, 0x40); // block, loop
  out.push(...get(g), ...get(groups), 0x4f, 0x0d, 1); // g >= groups → exit
  ivInto(inner);
  padded(0x36363636);
  call(0, block, inner);
  // The message blocks: b from 0 to blocks, 256 bytes of K + W each.
  out.push(...i32(0), ...set(b), 0x02, 0x40, 0x03, 0x40);
  out.push(...get(b), ...get(blocks), 0x4f, 0x0d, 1);
  out.push(...get(msg), ...get(b), ...i32(8), 0x74, 0x6a, ...i32(inner), 0x10, 1);
  out.push(...get(b), ...i32(1), 0x6a, ...set(b), 0x0c, 0, 0x0b, 0x0b);
  ivInto(outer);
  padded(0x5c5c5c5c);
  call(0, block, outer);
  // The outer hash's last block: the inner digest, 0x80, zeros, the length (64 + 32 bytes).
  for (let j = 0; j < 8; j++) out.push(...i32(0), ...i32(0), ...load(inner + 16 * j), ...store(block + 16 * j));
  for (let j = 8; j < 16; j++) out.push(...i32(0), ...splat(j === 8 ? 0x80000000 : j === 15 ? 768 : 0), ...store(block + 16 * j));
  call(0, block, outer);
  // Lanes whose 8 digest words all equal the signature's.
  for (let j = 0; j < 8; j++) {
    out.push(...i32(0), ...load(outer + 16 * j), ...i32(0), ...splatLoad(target + 4 * j), ...eq);
    if (j > 0) out.push(...and);
  }
  out.push(...bitmask, 0x22, ...uleb(mask), 0x04, 0x40); // if mask ≠ 0
  out.push(...get(g), ...i32(2), 0x74, ...get(mask), 0x68, 0x6a, 0x0f, 0x0b); // return g·4 + ctz(mask)
  out.push(...get(keys), ...i32(256), 0x6a, ...set(keys), ...get(g), ...i32(1), 0x6a, ...set(g));
  out.push(0x0c, 0, 0x0b, 0x0b, ...i32(-1)); // br loop, end loop, end block
  return out;
}

const body = (locals: Code[], code: Code): Code => {
  const f = [...vec(locals), ...code, 0x0b];
  return [...uleb(f.length), ...f];
};

/** The module's bytes. */
export function sha256x4Wasm(): Uint8Array {
  const types = vec([
    [0x60, ...vec([[I32], [I32]]), ...vec([])],
    [0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([[I32]])],
  ]);
  const code = vec([
    body([[...uleb(9), V128], [...uleb(16), V128]], compress()),
    body([[...uleb(9), V128]], roundsKW()),
    body([[...uleb(3), I32]], scan()),
  ]);
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, types),
    ...section(3, vec([[0], [0], [1]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('memory'), 0x02, 0], [...name('scan'), 0x00, 2]])),
    ...section(10, code),
  ]);
}
