// Weak-secret search off the main thread. Several of these run side by side (scan-pool.ts): each
// takes blocks of whole lines of a wordlist as the page reads the file, or one part of the public
// list, and reports progress a few times a second. Cancelling terminates the workers.
// Only the search and what it needs (parseToken, HMAC): not the whole core with its rules. The
// public list and its pattern checks load on their first use (a lazy chunk), and so does the
// WebAssembly SIMD matcher for wordlist blocks (simd-matchers.ts; JavaScript without it).
import { scanSecrets, type ScanResult } from '../core/secrets/scan';
import type { WeakSecretHit } from '../core/report';
import type { MatcherFactory } from '../core/secrets/hmac-matcher';

export type ScanJob =
  /** Whole lines of a wordlist (chunks.ts), transferred, not copied; `firstLine` numbers them.
   * They fill `length` bytes of `words` (default all); the buffer goes back with 'done'. */
  | { type: 'block'; id: number; token: string; words: ArrayBuffer; length?: number; firstLine: number; engine?: 'js' }
  /** Part `part` of `parts` of the shipped public list, with the pattern checks in part 0. */
  | { type: 'public-list'; id: number; token: string; part: number; parts: number };
export type ScanMessage =
  | { type: 'progress'; id: number; tried: number }
  /** `words`: the block's buffer, transferred back for the page to fill again. */
  | { type: 'done'; id: number; result: ScanResult; words?: ArrayBuffer }
  | { type: 'public-list'; id: number; hit?: WeakSecretHit };

const PROGRESS_EVERY_MS = 100;
let simd: Promise<MatcherFactory | undefined> | undefined;
let publicList: Promise<{ list: Uint8Array; find: typeof import('../core/secrets/public-list').findPublicSecret }> | undefined;

const post = (m: ScanMessage, transfer: Transferable[] = []) => self.postMessage(m, { transfer });

self.onmessage = async (event: MessageEvent<ScanJob>) => {
  const job = event.data;
  if (job.type === 'public-list') {
    publicList ??= Promise.all([import('../core/secrets/public-list'), import('../assets/wordlists/jwt.secrets.list?raw')]).then(
      ([{ findPublicSecret }, { default: text }]) => ({ list: new TextEncoder().encode(text), find: findPublicSecret }),
    );
    const { list, find } = await publicList;
    const hit = find(job.token, list, job.part, job.parts);
    post({ type: 'public-list', id: job.id, ...(hit ? { hit } : {}) });
    return;
  }
  simd ??= import('./simd-matchers').then((m) => m.simdMatchers, () => undefined);
  // engine 'js': the JavaScript matcher even where SIMD works (the bench compares the two).
  const matchers = job.engine === 'js' ? undefined : await simd;
  // The first progress goes out after the first few candidates: it is the drop's first feedback.
  let last = job.firstLine === 1 ? -Infinity : performance.now();
  const result = scanSecrets(
    job.token,
    new Uint8Array(job.words, 0, job.length ?? job.words.byteLength),
    (progress) => {
      const t = performance.now();
      if (t - last < PROGRESS_EVERY_MS) return;
      last = t;
      post({ type: 'progress', id: job.id, tried: progress.tried });
    },
    { clock: () => performance.now(), progressEvery: 1024, firstLine: job.firstLine, ...(matchers ? { matchers } : {}) },
  );
  const engine = matchers && result.alg === 'HS256' ? 'wasm-simd' : 'js';
  post({ type: 'done', id: job.id, result: { ...result, engine }, words: job.words }, [job.words]);
};
