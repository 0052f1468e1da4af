// Builds the app with the project's real vite.config.ts into a temporary folder and checks what
// a browser would get: the Content-Security-Policy <meta>, a page with nothing inline, a service
// worker that precaches every built file, and an installable manifest with its icons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { decodeHtmlAttribute, expectedPagePolicy, parsePolicy, weakSources } from './policy';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let outDir = '';
let html = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'jwt-inspector-build-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production'; // as `vite build` runs it (vitest sets 'test')
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(outDir, path).split(sep).join('/')];
  });
}

function metaPolicies(page: string): string[] {
  const metas = page.match(/<meta\b[^>]*>/gi) ?? [];
  return metas
    .filter((tag) => /http-equiv\s*=\s*["']?content-security-policy/i.test(tag))
    .map((tag) => decodeHtmlAttribute(/\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? ''));
}

describe('Content-Security-Policy of the built page', () => {
  it('is one <meta>, placed before every script, stylesheet and link', () => {
    const policies = metaPolicies(html);
    expect(policies).toHaveLength(1);
    const meta = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    for (const tag of [/<script\b/i, /<link\b/i, /<style\b/i]) {
      const at = html.search(tag);
      if (at >= 0) expect(meta).toBeLessThan(at);
    }
  });

  it('has exactly the expected directives and sources', () => {
    expect(parsePolicy(metaPolicies(html)[0] ?? '')).toEqual(expectedPagePolicy);
  });

  it('allows nothing unsafe, remote or wildcard', () => {
    const policy = parsePolicy(metaPolicies(html)[0] ?? '');
    expect(weakSources(policy)).toEqual([]);
    expect(policy['connect-src']).toEqual(["'none'"]);
  });

  it('is what the weakness check would catch if loosened', () => {
    // The check itself must be able to fail.
    expect(weakSources(parsePolicy("script-src 'self' 'unsafe-inline'; connect-src https:"))).toHaveLength(2);
    expect(weakSources(parsePolicy("style-src 'self' data:; img-src *; default-src cdn.example.com"))).toHaveLength(3);
    // WebAssembly compilation is let through for scripts only; eval of JavaScript never is.
    expect(weakSources(parsePolicy("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; default-src 'wasm-unsafe-eval'"))).toEqual([
      "script-src 'unsafe-eval'",
      "default-src 'wasm-unsafe-eval'",
    ]);
  });
});

describe('the built page', () => {
  it('has no inline script, <style>, style="" or on*="" attribute', () => {
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/[^"/]/);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/<[^>]+\sstyle\s*=/i);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  });

  it('loads every script and stylesheet from its own origin', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
  });

  it('renders no markup with a style="" attribute (the CSP would refuse it at runtime)', () => {
    // Solid compiles static JSX attributes into HTML template strings; element.style is fine.
    for (const file of files(outDir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(outDir, file), 'utf8');
      expect(/<[a-z][\w-]*\s[^<>`]*\bstyle\s*=/i.test(code), file).toBe(false);
    }
  });

  it('ships no modulepreload polyfill', () => {
    const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1] ?? '';
    expect(entry).not.toBe('');
    // The polyfill scans existing modulepreload links; Vite's preload helper only creates them.
    const polyfill = /querySelectorAll\(\s*["'`]link\[rel=["']?modulepreload/.test(readFileSync(join(outDir, entry), 'utf8'));
    expect(polyfill).toBe(false);
  });
});

describe('service worker', () => {
  const precached = () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    return [...sw.matchAll(/["']?url["']?\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  };

  it('precaches every built file, once', () => {
    const expected = files(outDir).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    const urls = precached();
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest']));
  });

  it('claims the first page at once, but activates an update only when the page asks', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(sw).toMatch(/clients\.claim\(\)|\.claim\(\)/);
    const skips = [...sw.matchAll(/skipWaiting\(\)/g)];
    expect(skips).toHaveLength(1);
    const at = skips[0]?.index ?? 0;
    expect(sw.slice(Math.max(0, at - 120), at)).toContain('SKIP_WAITING');
  });

  it('loads no script from anywhere (the workbox runtime is inlined)', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/importScripts\(/);
  });
});

describe('web app manifest', () => {
  const manifest = () => JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'));

  function pngSize(file: string): string {
    const bytes = readFileSync(join(outDir, file));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
  }

  it('is linked from the page, with an SVG favicon', () => {
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg" type="image\/svg\+xml"/);
  });

  it('says what an installed app needs', () => {
    const m = manifest();
    for (const key of ['name', 'short_name', 'description', 'theme_color', 'background_color']) {
      expect(typeof m[key], key).toBe('string');
      expect(m[key].length, key).toBeGreaterThan(0);
    }
    expect(m.display).toBe('standalone');
    expect(m.start_url).toBe('./');
    expect(m.scope).toBe('./');
  });

  it('has 192 and 512 PNG icons, a maskable one and an SVG, all of them built', () => {
    const icons: Array<{ src: string; sizes: string; type: string; purpose?: string }> = manifest().icons;
    const png = icons.filter((i) => i.type === 'image/png');
    expect(png.filter((i) => i.purpose !== 'maskable').map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    expect(png.filter((i) => i.purpose === 'maskable').length).toBeGreaterThan(0);
    expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
    for (const icon of png) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
    for (const icon of icons) expect(files(outDir)).toContain(icon.src);
  });
});
