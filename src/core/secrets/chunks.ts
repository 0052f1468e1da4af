// A wordlist read in pieces (File.stream(), Blob.slice) cut into blocks of whole lines, so each
// block can be scanned on its own (scan.ts) while the rest of the file is still being read.
// A line split between two pieces is carried over to the next block; CR before LF is left for
// the scan to drop; an empty line stays (the empty secret); the last line needs no newline.
// Line numbers are 1-based over the whole file.
// A block is always a copy: the piece may be a buffer the reader fills again (read-pieces.ts).
// `alloc` may hand out recycled memory for the blocks (the page takes back the buffers its scan
// workers are done with), so a long list allocates no new megabytes per block.

export interface LineBlock {
  /** Whole lines, each ending in a newline except possibly the file's last. */
  bytes: Uint8Array;
  /** 1-based line number of the block's first line in the whole file. */
  firstLine: number;
  /** How many candidates the block holds. */
  lines: number;
}

export interface LineChunker {
  /** Adds the next piece of the file; returns the whole lines it completes (if any). */
  push(piece: Uint8Array): LineBlock | undefined;
  /** The file has ended: the last line, when it had no newline. */
  end(): LineBlock | undefined;
}

const NEWLINE = 0x0a;

/** Newlines in `bytes`. Four bytes at a time (a zero-byte test on each 32-bit word XOR "\n\n\n\n"):
 * the page counts every piece it reads, and one indexOf call per line took ~10 ms a megabyte. */
export function countLines(bytes: Uint8Array): number {
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  let n = 0;
  let i = 0;
  for (; i < head; i++) if (bytes[i] === NEWLINE) n++;
  const count = (bytes.length - i) >> 2;
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, count) : new Uint32Array(0);
  for (let j = 0; j < words.length; j++) {
    const t = words[j]! ^ 0x0a0a0a0a;
    // The top bit of each byte of y is set exactly where t has a zero byte.
    const y = ~(((t & 0x7f7f7f7f) + 0x7f7f7f7f) | t | 0x7f7f7f7f);
    if (y === 0) continue;
    const v = y >>> 7;
    const pairs = (v & 0x00ff00ff) + ((v >>> 8) & 0x00ff00ff);
    n += (pairs & 0xffff) + (pairs >>> 16);
  }
  for (i += words.length * 4; i < bytes.length; i++) if (bytes[i] === NEWLINE) n++;
  return n;
}

/** Memory for a block of `bytes` bytes: a view of exactly that length. */
export type BlockAlloc = (bytes: number) => Uint8Array;
const fresh: BlockAlloc = (n) => new Uint8Array(n);

export function createLineChunker(alloc: BlockAlloc = fresh): LineChunker {
  let carry: Uint8Array = new Uint8Array(0);
  let nextLine = 1;
  const block = (bytes: Uint8Array, lines: number): LineBlock => {
    const out = { bytes, firstLine: nextLine, lines };
    nextLine += lines;
    return out;
  };
  return {
    push(piece) {
      const last = piece.lastIndexOf(NEWLINE);
      if (last === -1) {
        carry = join(carry, piece, fresh);
        return undefined;
      }
      const whole = join(carry, piece.subarray(0, last + 1), alloc);
      carry = piece.slice(last + 1);
      return block(whole, countLines(whole));
    },
    end() {
      if (carry.length === 0) return undefined;
      const rest = carry;
      carry = new Uint8Array(0);
      return block(rest, 1);
    },
  };
}

function join(a: Uint8Array, b: Uint8Array, alloc: BlockAlloc): Uint8Array {
  const out = alloc(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
