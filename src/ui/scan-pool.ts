// The wordlist search on every core: a pool of scan workers (one per core, leaving the page its
// own). The page reads the file in pieces, cuts them into blocks of whole lines (core chunks.ts)
// and hands each block to the least busy worker, at most two blocks ahead each, so memory stays
// bounded whatever the file's size. The pieces are read into one buffer (read-pieces.ts) and the
// blocks' buffers come back from the workers to be filled again: a 1 GB list allocates a few
// megabytes, not a gigabyte for the garbage collector to find late. Progress is merged; the
// first hit, a cancel or the end terminates every worker at once.
import { createLineChunker, type LineBlock } from '../core/secrets/chunks';
import { readPieces } from './read-pieces';
import type { ScanProgress, ScanResult } from '../core/secrets/scan';
import type { WeakSecretHit } from '../core/report';
import type { ScanJob, ScanMessage } from './scan-worker';

/** Workers for a search: every core but the page's, at least one. */
export function workerCount(): number {
  return Math.max(1, (navigator.hardwareConcurrency || 2) - 1);
}

const FIRST_PIECE = 64 * 1024;
const PIECE = 1024 * 1024;
const AHEAD = 2;
const PROGRESS_EVERY_MS = 100;

function startWorkers(n: number): Worker[] {
  return Array.from({ length: n }, () => new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module', name: 'scan' }));
}

export interface FileScan {
  onProgress: (p: ScanProgress) => void;
  onDone: (r: ScanResult) => void;
}

/** Scans `file` for the HMAC secret of `token`; returns cancel. */
export function scanFile(file: Blob, token: string, on: FileScan, workers = workerCount()): () => void {
  const started = performance.now();
  const pool = startWorkers(workers);
  const busy = pool.map(() => new Map<number, { lines: number; tried: number }>());
  const spare: ArrayBuffer[] = [];
  const chunker = createLineChunker((n) => {
    const i = spare.findIndex((b) => b.byteLength >= n);
    return new Uint8Array(i === -1 ? new ArrayBuffer(Math.max(n, PIECE + FIRST_PIECE)) : spare.splice(i, 1)[0]!, 0, n);
  });
  const reader = readPieces(file);
  let nextId = 0;
  let offset = 0;
  let linesQueued = 0;
  let triedDone = 0;
  let reading = false;
  let finished = false;
  let lastProgress = 0;
  let engine: ScanResult['engine'];

  const tried = () => triedDone + busy.reduce((sum, jobs) => sum + [...jobs.values()].reduce((s, j) => s + j.tried, 0), 0);
  const elapsed = () => performance.now() - started;
  const finish = (result: Omit<ScanResult, 'elapsedMs'>) => {
    if (finished) return;
    finished = true;
    reader.cancel();
    for (const w of pool) w.terminate();
    on.onDone({ ...(engine ? { engine } : {}), ...result, elapsedMs: elapsed() });
  };
  const progress = (force = false) => {
    const now = performance.now();
    if (finished || (!force && now - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = now;
    const n = tried();
    const total = offset >= file.size ? linesQueued : Math.round((linesQueued * file.size) / Math.max(1, offset));
    on.onProgress({ tried: n, total: Math.max(total, n), elapsedMs: elapsed(), perSecond: (n * 1000) / Math.max(1, elapsed()) });
  };
  const send = (block: LineBlock) => {
    const i = busy.reduce((best, jobs, k) => (jobs.size < busy[best]!.size ? k : best), 0);
    const id = nextId++;
    busy[i]!.set(id, { lines: block.lines, tried: 0 });
    linesQueued += block.lines;
    const words = (block.bytes.byteOffset === 0 ? block.bytes.buffer : block.bytes.slice().buffer) as ArrayBuffer;
    pool[i]!.postMessage({ type: 'block', id, token, words, length: block.bytes.length, firstLine: block.firstLine } satisfies ScanJob, [words]);
  };
  const inFlight = () => busy.reduce((sum, jobs) => sum + jobs.size, 0);
  const pump = async () => {
    if (reading) return;
    reading = true;
    while (!finished && offset < file.size && inFlight() < workers * AHEAD) {
      const size = offset === 0 ? FIRST_PIECE : PIECE;
      const piece = await reader.read(size);
      offset = piece.length === 0 ? file.size : offset + piece.length;
      const block = piece.length > 0 ? chunker.push(piece) : undefined;
      if (block && !finished) send(block);
      if (offset >= file.size) {
        const last = chunker.end();
        if (last && !finished) send(last);
      }
    }
    reading = false;
    if (!finished && offset >= file.size && inFlight() === 0) finish({ status: 'not-found', tried: triedDone, total: triedDone });
  };

  pool.forEach((w, i) => {
    w.onmessage = (e: MessageEvent<ScanMessage>) => {
      const m = e.data;
      const job = busy[i]!.get(m.id);
      if (finished || !job) return;
      if (m.type === 'progress') {
        job.tried = m.tried;
        progress();
        return;
      }
      if (m.type !== 'done') return;
      busy[i]!.delete(m.id);
      if (m.words) spare.push(m.words);
      triedDone += m.result.tried;
      engine ??= m.result.engine;
      if (m.result.status === 'found' || m.result.status === 'not-hmac') {
        finish({ ...m.result, tried: tried(), total: linesQueued });
        return;
      }
      progress();
      void pump();
    };
  });
  progress(true);
  void pump();
  return () => finish({ status: 'cancelled', tried: tried(), total: linesQueued });
}

/** The background check of `token` against the pattern candidates and the public list, split
 * over the workers. Resolves with the hit, or undefined; `cancel` ends it with undefined. */
export function checkPublicList(token: string, workers = workerCount()): { hit: Promise<WeakSecretHit | undefined>; cancel: () => void } {
  const pool = startWorkers(workers);
  let cancel = () => {};
  const hit = new Promise<WeakSecretHit | undefined>((resolve) => {
    let left = workers;
    const end = (h: WeakSecretHit | undefined) => {
      for (const w of pool) w.terminate();
      resolve(h);
    };
    cancel = () => end(undefined);
    pool.forEach((w, part) => {
      w.onmessage = (e: MessageEvent<ScanMessage>) => {
        if (e.data.type !== 'public-list') return;
        if (e.data.hit) end(e.data.hit);
        else if (--left === 0) end(undefined);
      };
      w.postMessage({ type: 'public-list', id: part, token, part, parts: workers } satisfies ScanJob);
    });
  });
  return { hit, cancel };
}
