// The WebAssembly SIMD matcher for the scan worker, loaded on the worker's first wordlist block
// (not on a public-list check, not in the page). The module's bytes are inlined in this chunk
// as base64, so no fetch is needed (the page's connect-src is 'none') and the service worker
// precaches them with the chunk. Undefined when the engine has no WebAssembly SIMD (or a policy
// refuses compilation): the scan then runs on the JavaScript matcher.
import wasm from '../core/secrets/sha256x4.wasm?url&inline';
import { loadSimdMatchers } from '../core/secrets/hmac-simd';
import type { MatcherFactory } from '../core/secrets/hmac-matcher';

const bytes = (dataUrl: string) => Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));

export const simdMatchers: Promise<MatcherFactory | undefined> = loadSimdMatchers(bytes(wasm));
