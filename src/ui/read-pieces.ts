// A file read in pieces into one buffer that every piece uses again, so that a 1 GB wordlist
// leaves no trail of dead pieces for the garbage collector to find late (read in fresh 1 MB
// slices, 1 GB grew the tab by about 200 MB before the collector ran). The file's stream is read
// with a BYOB reader ("bring your own buffer"); where a browser has none for files, each piece
// is a fresh slice, as before.
// A piece is valid until the next read: the caller copies what it keeps (chunks.ts does).

export interface PieceReader {
  /** The next `size` bytes at most; empty at the end of the file. */
  read(size: number): Promise<Uint8Array>;
  /** Stops reading (the rest of the file is not read). */
  cancel(): void;
}

function byobReader(file: Blob): ReadableStreamBYOBReader | undefined {
  try {
    return file.stream().getReader({ mode: 'byob' });
  } catch {
    return undefined;
  }
}

export function readPieces(file: Blob): PieceReader {
  const reader = byobReader(file);
  if (!reader) {
    let offset = 0;
    return {
      async read(size) {
        const piece = new Uint8Array(await file.slice(offset, offset + size).arrayBuffer());
        offset += piece.length;
        return piece;
      },
      cancel() {},
    };
  }
  let buffer = new ArrayBuffer(0);
  return {
    async read(size) {
      if (buffer.byteLength < size) buffer = new ArrayBuffer(size);
      let length = 0;
      // A read may return less than asked (the stream's own chunks): fill the piece.
      while (length < size) {
        const { value, done } = await reader.read(new Uint8Array(buffer, length, size - length));
        if (value) buffer = value.buffer as ArrayBuffer;
        if (done || !value) break;
        length += value.byteLength;
      }
      return new Uint8Array(buffer, 0, length);
    },
    cancel() {
      reader.cancel().catch(() => {});
    },
  };
}
