// The wordlist search over a list that arrives in pieces (a file read as a stream): each piece
// is cut into whole lines (chunks.ts) and scanned at once, so memory stays at about one piece
// and the first candidates are tried before the file is read. The page runs the same two parts
// split over several workers; this is the single-thread composition (tests, the command line).
import type { ParsedToken } from '../parse/types';
import { createLineChunker, type LineBlock } from './chunks';
import { createSecretScan, type ScanOptions, type ScanResult } from './scan';

export interface StreamScan {
  /** Scans the whole lines this piece completes; the result once found (or cancelled). */
  push(piece: Uint8Array): ScanResult | undefined;
  /** The list has ended: scans its last line and returns the result. */
  end(): ScanResult;
  /** Stops: every later push or end returns this 'cancelled' result. */
  cancel(): ScanResult;
}

export function createStreamScan(token: string | ParsedToken, options: Omit<ScanOptions, 'firstLine'> = {}): StreamScan {
  const clock = options.clock ?? (() => 0);
  const started = clock();
  const chunker = createLineChunker();
  let tried = 0;
  let alg: string | undefined;
  let result: ScanResult | undefined;
  const finish = (status: ScanResult['status']): ScanResult => ({ status, tried, total: tried, elapsedMs: clock() - started, ...(alg ? { alg } : {}) });

  const scanBlock = (block: LineBlock | undefined): ScanResult | undefined => {
    if (result || !block) return result;
    const done = createSecretScan(token, block.bytes, { ...options, firstLine: block.firstLine }).step(Infinity)!;
    alg ??= done.alg;
    tried += done.tried;
    if (done.status === 'found' || done.status === 'not-hmac') result = { ...done, tried, total: tried, elapsedMs: clock() - started };
    return result;
  };
  return {
    push: (piece) => scanBlock(chunker.push(piece)),
    end: () => scanBlock(chunker.end()) ?? (result = finish('not-found')),
    cancel: () => (result ??= finish('cancelled')),
  };
}
