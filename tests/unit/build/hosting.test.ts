// docs/hosting/ gives ready header files for serving the built app. Resolve them the way each
// host does and check that every path gets the app's policy (plus frame-ancestors, which only a
// header can set), and that the service worker script gets its own policy, not two joined.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectedHeaderPolicy, expectedWorkerPolicy, parsePolicy, weakSources } from './policy';
import { cloudflareHeaders as cloudflare, netlifyHeaders as netlify, parseHeadersFile, type Headers } from './headers-file';

const hosting = (path: string) => readFileSync(fileURLToPath(new URL(`../../../docs/hosting/${path}`, import.meta.url)), 'utf8');

/** nginx: each location's add_header lines, with `include`d snippets read from docs/hosting/nginx. */
function nginx(text: string, location: string): Headers {
  const block = new RegExp(`location\\s+${location.replace(/[/=.]/g, '\\$&')}\\s*\\{([^}]*(?:\\{[^}]*\\}[^}]*)*)\\}`).exec(text)?.[1];
  if (!block) throw new Error(`no location ${location}`);
  const expanded = block.replace(/include\s+\S*\/snippets\/([\w.-]+);/g, (_, file: string) => hosting(`nginx/${file}`));
  const out: Headers = {};
  for (const m of expanded.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)) {
    const name = (m[1] ?? '').toLowerCase();
    expect(name in out, `${location} sets ${name} twice`).toBe(false);
    out[name] = m[2] ?? '';
  }
  return out;
}

function expectPageHeaders(headers: Headers, where: string) {
  expect(headers['content-security-policy'], where).not.toContain(',');
  expect(parsePolicy(headers['content-security-policy'] ?? ''), where).toEqual(expectedHeaderPolicy);
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['permissions-policy'], where).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers['x-frame-options'], where).toBe('DENY');
}

function expectWorkerHeaders(headers: Headers, where: string) {
  expect(headers['content-security-policy'], where).not.toContain(',');
  const policy = parsePolicy(headers['content-security-policy'] ?? '');
  expect(policy, where).toEqual(expectedWorkerPolicy);
  expect(weakSources(policy), where).toEqual([]);
  expect(headers['cache-control'], where).toBe('no-cache');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
}

const pagePaths = ['/', '/index.html', '/assets/index-abc123.js', '/manifest.webmanifest', '/icon-192.png'];

describe.each([
  ['netlify/_headers', netlify],
  ['cloudflare-pages/_headers', cloudflare],
] as const)('docs/hosting/%s', (file, resolve) => {
  const rules = parseHeadersFile(hosting(file));

  it.each(pagePaths)('serves %s with the page policy and security headers', (path) => {
    expectPageHeaders(resolve(rules, path), path);
  });

  it('serves /sw.js with the service worker policy only, revalidated on every load', () => {
    expectWorkerHeaders(resolve(rules, '/sw.js'), '/sw.js');
  });

  it('revalidates the app shell and caches hashed assets for good', () => {
    expect(resolve(rules, '/')['cache-control']).toBe('no-cache');
    expect(resolve(rules, '/index.html')['cache-control']).toBe('no-cache');
    expect(resolve(rules, '/assets/index-abc123.js')['cache-control']).toContain('immutable');
  });
});

describe('docs/hosting/nginx/jwt-inspector.conf', () => {
  const conf = hosting('nginx/jwt-inspector.conf');

  it.each(['/', '/assets/', '= /manifest.webmanifest'])('location %s has the page policy and security headers', (location) => {
    expectPageHeaders(nginx(conf, location), location);
  });

  it('location = /sw.js has the service worker policy only', () => {
    expectWorkerHeaders(nginx(conf, '= /sw.js'), '/sw.js');
  });
});

describe('the resolvers above can tell a broken file', () => {
  it('sees the doubled policy Cloudflare would send without the detach line', () => {
    const rules = parseHeadersFile(hosting('cloudflare-pages/_headers').replace(/^\s+! Content-Security-Policy\n/m, ''));
    expect(cloudflare(rules, '/sw.js')['content-security-policy']).toContain(',');
  });
});
