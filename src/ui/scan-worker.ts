// Weak-secret search off the main thread: tries every line of a wordlist as the HMAC secret of
// the token and reports progress a few times a second. Cancelling terminates the worker.
// Only the search and what it needs (extract, parseToken, HMAC): not the whole core with its rules.
import { scanSecrets, type ScanProgress, type ScanResult } from '../core/secrets/scan';

export interface ScanRequest {
  token: string;
  /** The wordlist file's bytes (UTF-8, one candidate per line), transferred, not copied. */
  words: ArrayBuffer;
}
export type ScanMessage = { type: 'progress'; progress: ScanProgress } | { type: 'done'; result: ScanResult };

const PROGRESS_EVERY_MS = 100;

self.onmessage = (event: MessageEvent<ScanRequest>) => {
  const { token, words } = event.data;
  let last = 0;
  const post = (m: ScanMessage) => self.postMessage(m);
  const result = scanSecrets(
    token,
    new Uint8Array(words),
    (progress) => {
      const t = performance.now();
      if (t - last >= PROGRESS_EVERY_MS) {
        last = t;
        post({ type: 'progress', progress });
      }
    },
    { clock: () => performance.now(), progressEvery: 1024 },
  );
  post({ type: 'done', result });
};
