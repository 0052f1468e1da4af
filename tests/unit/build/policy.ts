// The policy the built app must carry, written out here on purpose rather than imported from
// vite.config.ts: weakening the config must fail these tests, not update them.

/** The page's Content-Security-Policy (the <meta> in the built index.html). */
export const expectedPagePolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** What a served header adds to the page policy (a <meta> cannot set it). */
export const expectedHeaderPolicy: Readonly<Record<string, readonly string[]>> = {
  ...expectedPagePolicy,
  'frame-ancestors': ["'none'"],
};

/** The service worker script's own policy: it may fetch from its origin to precache. */
export const expectedWorkerPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'connect-src': ["'self'"],
};

/** Sources that would let code or data in from, or out to, somewhere else. */
export function weakSources(policy: Record<string, string[]>): string[] {
  const weak: string[] = [];
  for (const [directive, sources] of Object.entries(policy)) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      // 'wasm-unsafe-eval' compiles WebAssembly only (the scan worker's), never JavaScript from a string.
      const unsafe = (lower.includes('unsafe-') && !(directive === 'script-src' && lower === "'wasm-unsafe-eval'")) || lower.includes('*');
      const remote = /^(https?|wss?|ftp|blob|filesystem):/.test(lower) || /^[a-z0-9.-]+\.[a-z]{2,}/.test(lower);
      const data = lower === 'data:' && directive !== 'img-src';
      if (unsafe || remote || data) weak.push(`${directive} ${source}`);
    }
  }
  return weak;
}

/** "a b; c d e" → { a: ['b'], c: ['d', 'e'] }; a repeated directive is kept as `name#2`. */
export function parsePolicy(text: string): Record<string, string[]> {
  const policy: Record<string, string[]> = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase() in policy ? `${name.toLowerCase()}#2` : name.toLowerCase();
    policy[key] = sources;
  }
  return policy;
}

export function decodeHtmlAttribute(value: string): string {
  return value
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
