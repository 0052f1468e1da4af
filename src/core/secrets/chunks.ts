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

/** Newlines in `bytes`. */
export function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n++;
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
