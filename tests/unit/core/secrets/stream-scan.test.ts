import { describe, expect, it } from 'vitest';
import { createLineChunker } from '../../../../src/core/secrets/chunks';
import { createStreamScan } from '../../../../src/core/secrets/stream-scan';
import { hmacToken } from '../../helpers/mint';
import { parsedJws } from './parsed';

const utf8 = new TextEncoder();
const header = { alg: 'HS256', typ: 'JWT' };
const payload = { sub: 'u1' };

/** The list's bytes cut every `size` bytes. */
function pieces(text: string, size: number): Uint8Array[] {
  const bytes = utf8.encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

function streamed(secret: string, list: string, size: number, alg = 'HS256') {
  const scan = createStreamScan(parsedJws(hmacToken({ ...header, alg }, payload, secret)));
  for (const piece of pieces(list, size)) {
    const done = scan.push(piece);
    if (done) return done;
  }
  return scan.end();
}

describe('issue 15: a wordlist streamed in pieces', () => {
  it.each([1, 2, 3, 5, 7, 64])('issue 15: a line split between pieces is found with its line (pieces of %i bytes)', (size) => {
    expect(streamed('hunter2', 'alpha\nbeta\nhunter2\ndelta\n', size)).toMatchObject({ status: 'found', secret: 'hunter2', line: 3 });
  });

  it.each([1, 2, 3, 4, 100])('issue 15: CRLF lines, the CR and LF in different pieces (pieces of %i bytes)', (size) => {
    expect(streamed('hunter2', 'alpha\r\nbeta\r\nhunter2\r\ndelta\r\n', size)).toMatchObject({ status: 'found', secret: 'hunter2', line: 3 });
  });

  it.each([1, 3, 100])('issue 15: a last line without newline is tried (pieces of %i bytes)', (size) => {
    expect(streamed('omega', 'alpha\r\nbeta\r\nomega', size)).toMatchObject({ status: 'found', secret: 'omega', line: 3 });
  });

  it.each([1, 2, 100])('issue 15: an empty line is the empty secret (pieces of %i bytes)', (size) => {
    expect(streamed('', 'a\r\n\r\nb', size)).toMatchObject({ status: 'found', secret: '', line: 2 });
    expect(streamed('', 'a\n\nb\n', size)).toMatchObject({ status: 'found', secret: '', line: 2 });
  });

  it.each(['HS384', 'HS512'])('issue 15: %s over a streamed list', (alg) => {
    expect(streamed('pässwörd', 'x\ny\npässwörd\nz', 3, alg)).toMatchObject({ status: 'found', secret: 'pässwörd', line: 3, alg });
  });

  it('issue 15: a list without the secret is not-found, every line tried once', () => {
    expect(streamed('nope', 'a\nb\r\nc\n\nd', 2)).toMatchObject({ status: 'not-found', tried: 5 });
  });

  it('issue 15: cancel stops the stream: later pieces are not tried', () => {
    const scan = createStreamScan(parsedJws(hmacToken(header, payload, 'late')));
    expect(scan.push(utf8.encode('a\nb\n'))).toBeUndefined();
    expect(scan.cancel()).toMatchObject({ status: 'cancelled', tried: 2 });
    expect(scan.push(utf8.encode('late\n'))).toMatchObject({ status: 'cancelled', tried: 2 });
    expect(scan.end()).toMatchObject({ status: 'cancelled' });
  });

  it('issue 15: the chunker numbers lines over the whole file and keeps only whole lines', () => {
    const chunker = createLineChunker();
    expect(chunker.push(utf8.encode('ab'))).toBeUndefined();
    const first = chunker.push(utf8.encode('c\r\nd\ne'))!;
    expect([new TextDecoder().decode(first.bytes), first.firstLine, first.lines]).toEqual(['abc\r\nd\n', 1, 2]);
    const last = chunker.end()!;
    expect([new TextDecoder().decode(last.bytes), last.firstLine, last.lines]).toEqual(['e', 3, 1]);
    expect(chunker.end()).toBeUndefined();
  });

  it('issue 15: the chunker writes each block into the memory it is given and copies the piece', () => {
    const memory = new ArrayBuffer(64);
    const chunker = createLineChunker((n) => new Uint8Array(memory, 0, n));
    const piece = utf8.encode('ab\ncd');
    const block = chunker.push(piece)!;
    piece.fill(0); // the reader fills its buffer again: the block and the carried line keep their bytes
    expect([block.bytes.buffer === memory, new TextDecoder().decode(block.bytes)]).toEqual([true, 'ab\n']);
    const next = chunker.push(utf8.encode('e\n'))!;
    expect([next.bytes.buffer === memory, new TextDecoder().decode(next.bytes), next.firstLine]).toEqual([true, 'cde\n', 2]);
  });
});
