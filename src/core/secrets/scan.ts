// Dictionary search for the HMAC secret of an HS* token over a user-supplied wordlist, built to
// run in a Web Worker (no DOM, no clock of its own).
//
// Wordlist: newline-separated, CRLF tolerated, any size; every line is a candidate, including
// an empty line (the empty key). Line numbers are 1-based.
//
// Two ways to drive it:
//  - scanSecrets(token, words, onProgress, { clock, progressEvery }): synchronous; calls
//    onProgress every `progressEvery` candidates (default 4096); returning `false` from it
//    stops the scan with status 'cancelled'.
//  - createSecretScan(token, words, options).step(n): runs at most n more candidates and
//    returns the result when finished, else undefined. A worker can run chunks and yield to
//    its event loop between them (setTimeout 0) so that a "cancel" message gets through; or it
//    can simply be terminated.
// Elapsed time comes from `clock` (milliseconds, e.g. () => performance.now()); without one,
// elapsedMs and perSecond stay 0.
import { parseToken } from '../parse/token';
import { issuerJwtOf } from '../sd-jwt/split';
import type { ParsedToken } from '../parse/types';
import { countLines } from './chunks';
import { firstMatch, hmacMatcher, isHmacAlg, type HmacAlg, type HmacMatcher, type MatcherFactory } from './hmac-matcher';

export interface ScanProgress {
  tried: number;
  total: number;
  elapsedMs: number;
  perSecond: number;
}

export interface ScanResult {
  status: 'found' | 'not-found' | 'not-hmac' | 'cancelled';
  /** The secret text, when found. */
  secret?: string;
  /** 1-based line of the wordlist, when found. */
  line?: number;
  alg?: HmacAlg;
  tried: number;
  total: number;
  elapsedMs: number;
  /** What hashed the candidates, when the caller says (the scan worker): WebAssembly SIMD, or
   * JavaScript (HS384/HS512, or an engine without WebAssembly SIMD). */
  engine?: 'wasm-simd' | 'js';
}

export interface ScanOptions {
  /** Milliseconds clock for elapsed time; default none (elapsedMs 0). */
  clock?: () => number;
  /** Candidates between two onProgress calls (scanSecrets only). Default 4096. */
  progressEvery?: number;
  /** 1-based line number of the words' first line in the whole list (a block of a streamed
   * list, chunks.ts); default 1. */
  firstLine?: number;
  /** Makes the HMAC matcher; default hmacMatcher (JavaScript). The scan worker passes the
   * WebAssembly SIMD one (hmac-simd.ts) when the engine has it. */
  matchers?: MatcherFactory;
}

export interface SecretScan {
  total: number;
  /** Runs up to `max` more candidates; the result once finished, else undefined. */
  step(max: number): ScanResult | undefined;
  progress(): ScanProgress;
  cancel(): ScanResult;
}

const NEWLINE = 0x0a;
const CR = 0x0d;
/** Candidates handed to the matcher at once. */
const BATCH = 256;

function wordBytes(words: string | Uint8Array | readonly string[]): Uint8Array {
  if (words instanceof Uint8Array) return words;
  return new TextEncoder().encode(typeof words === 'string' ? words : words.join('\n'));
}

/** The token a secret search works on. `token`: the text as extracted from the paste
 * (Report.input.token), so that the scan worker carries the token parser but not the extraction
 * of curl lines, HTTP messages and URLs. A compact SD-JWT is searched through its issuer-signed
 * JWT, the one HMAC it has. */
export function scanTarget(token: string | ParsedToken): ParsedToken {
  return typeof token === 'string' ? parseToken({ text: issuerJwtOf(token), offset: 0, stripped: [] }) : token;
}

function hmacTarget(token: string | ParsedToken, matchers: MatcherFactory): HmacMatcher | undefined {
  const parsed = scanTarget(token);
  if (parsed.kind !== 'jws') return undefined;
  for (const entry of parsed.signatures) {
    const alg = entry.header.alg;
    if (!isHmacAlg(alg)) continue;
    const matcher = matchers(alg, entry.signingInput, entry.signature);
    if (matcher) return matcher;
  }
  return undefined;
}

export function createSecretScan(
  token: string | ParsedToken,
  words: string | Uint8Array | readonly string[],
  options: ScanOptions = {},
): SecretScan {
  const clock = options.clock ?? (() => 0);
  const lineBase = (options.firstLine ?? 1) - 1;
  const started = clock();
  const matcher = hmacTarget(token, options.matchers ?? hmacMatcher);
  const bytes = matcher ? wordBytes(words) : new Uint8Array(0);
  // A final newline ends the last line; it does not start an empty one.
  const total = matcher ? countLines(bytes) + 1 - (bytes[bytes.length - 1] === NEWLINE ? 1 : 0) : 0;
  /** Byte offset of the next candidate's line. */
  let pos = 0;
  const batchFrom = new Uint32Array(BATCH);
  const batchTo = new Uint32Array(BATCH);
  let next = 0;
  let result: ScanResult | undefined = matcher ? undefined : finish('not-hmac');

  function finish(status: ScanResult['status'], line?: number, secret?: string): ScanResult {
    const alg = matcher?.alg;
    return { status, tried: next, total, elapsedMs: clock() - started, ...(alg ? { alg } : {}), ...(line ? { line: line + lineBase, secret } : {}) };
  }

  return {
    total,
    step(max) {
      if (result || !matcher) return result;
      const stop = Math.min(total, next + max);
      while (next < stop) {
        const count = Math.min(BATCH, stop - next);
        for (let i = 0; i < count; i++) {
          const from = pos;
          let end = from;
          while (end < bytes.length && bytes[end] !== NEWLINE) end++;
          pos = end + 1;
          batchFrom[i] = from;
          batchTo[i] = end > from && bytes[end - 1] === CR ? end - 1 : end;
        }
        const hit = firstMatch(matcher, bytes, batchFrom, batchTo, count);
        if (hit >= 0) {
          const secret = new TextDecoder().decode(bytes.subarray(batchFrom[hit], batchTo[hit]));
          next += hit + 1;
          result = finish('found', next, secret);
          return result;
        }
        next += count;
      }
      if (next >= total) result = finish('not-found');
      return result;
    },
    progress() {
      const elapsedMs = clock() - started;
      return { tried: next, total, elapsedMs, perSecond: elapsedMs > 0 ? (next * 1000) / elapsedMs : 0 };
    },
    cancel() {
      result ??= finish('cancelled');
      return result;
    },
  };
}

/** Synchronous scan; `onProgress` returning false cancels. */
export function scanSecrets(
  token: string | ParsedToken,
  words: string | Uint8Array | readonly string[],
  onProgress?: (p: ScanProgress) => boolean | void,
  options: ScanOptions = {},
): ScanResult {
  const scan = createSecretScan(token, words, options);
  const every = Math.max(1, options.progressEvery ?? 4096);
  for (;;) {
    const done = scan.step(every);
    if (done) return done;
    if (onProgress?.(scan.progress()) === false) return scan.cancel();
  }
}
