import { describe, expect, it } from 'vitest';
import { readPieces } from '../../../src/ui/read-pieces';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);

/** A Blob whose stream has no BYOB reader (as in a browser without one for files). */
function plainBlob(data: Uint8Array<ArrayBuffer>): Blob {
  const blob = new Blob([data]);
  return Object.assign(blob, { stream: () => new ReadableStream({ start: (c) => (c.enqueue(data), c.close()) }) });
}

/** Reads `blob` in pieces of `sizes` (the last size repeats); `kept`: the pieces' views, read
 * again after the end (a view whose memory went into a later read reads as empty). */
async function readAll(blob: Blob, sizes: number[]): Promise<{ joined: number[]; lengths: number[]; kept: number[] }> {
  const reader = readPieces(blob);
  const joined: number[] = [];
  const lengths: number[] = [];
  const pieces: Uint8Array[] = [];
  for (let i = 0; ; i++) {
    const piece = await reader.read(sizes[Math.min(i, sizes.length - 1)]!);
    lengths.push(piece.length);
    if (piece.length === 0) break;
    joined.push(...piece);
    pieces.push(piece);
  }
  return { joined, lengths, kept: pieces.map((p) => p.length) };
}

describe('issue 15: a wordlist file read in pieces', () => {
  it('issue 15: the pieces are the file in order, each as long as asked, in one buffer used again', async () => {
    const { joined, lengths, kept } = await readAll(new Blob([bytes.subarray(0, 5000), bytes.subarray(5000)]), [1000, 4096]);
    expect(joined).toEqual([...bytes]);
    expect(lengths).toEqual([1000, 4096, 4096, 808, 0]);
    // The first piece's buffer was too small for the next and stays; each later piece's memory
    // was handed to the next read (its view is detached): one buffer, no new memory per piece.
    expect(kept).toEqual([1000, 0, 0, 0]);
  });

  it('issue 15: without a BYOB reader the pieces are slices of the file, in order', async () => {
    const { joined, lengths, kept } = await readAll(plainBlob(bytes), [4096]);
    expect(joined).toEqual([...bytes]);
    expect(lengths).toEqual([4096, 4096, 1808, 0]);
    expect(kept).toEqual([4096, 4096, 1808]);
  });

  it('issue 15: cancel ends the reading: the next piece is empty', async () => {
    const reader = readPieces(new Blob([bytes]));
    expect((await reader.read(100)).length).toBe(100);
    reader.cancel();
    expect((await reader.read(100)).length).toBe(0);
  });
});
