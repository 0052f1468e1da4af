import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

// The Content-Security-Policy of the built app, one directive per line with the reason for it.
// docs/hosting/ repeats it as HTTP headers, adding what a <meta> cannot say (frame-ancestors).
// tests/unit/build/csp.test.ts holds its own copy of the expected policy, so weakening this
// list fails a test instead of passing silently.
const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  // Anything not named below: our own origin only.
  ['default-src', "'self'"],
  // Our bundled modules only: no inline script, no eval, no CDN. 'wasm-unsafe-eval' lets the
  // wordlist-scan worker compile its WebAssembly SIMD hashing (bytes bundled with our own
  // code); it does not allow eval() or any other script source.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Our stylesheet only. CodeMirror editors live in shadow roots and use constructed
  // stylesheets, which this allows; a <style> element or a style="" attribute is refused.
  ['style-src', "'self'"],
  // Icons; data: for small images CSS may inline.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  // The page may not talk to any server, ours included: no fetch, XHR, WebSocket, beacon.
  // (The service worker precaches under its own policy, not this one.)
  ['connect-src', "'none'"],
  // The service worker and the wordlist-scan worker, both from our origin.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  // A <base> tag could point our relative URLs elsewhere.
  ['base-uri', "'none'"],
  // No form can submit anything anywhere.
  ['form-action', "'none'"],
];
const contentSecurityPolicy = cspDirectives.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * Puts the Content-Security-Policy <meta> right after <meta charset> in the built index.html,
 * before any script (the dev server needs inline scripts, so build only), and fails the build if the emitted page holds anything that
 * policy would refuse: an inline script, a <style> element, a style="" or on*="" attribute.
 */
function csp(): Plugin {
  return {
    name: 'jwt-inspector:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="utf-8"> first in <head>.');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = String(file.source);
        const problems = [
          /<script(?![^>]*\ssrc=)[^>]*>/i.test(html) && 'an inline <script>',
          /<style[\s>]/i.test(html) && 'a <style> element',
          /<[^>]+\sstyle\s*=/i.test(html) && 'a style="" attribute',
          /<[^>]+\son[a-z]+\s*=/i.test(html) && 'an on*="" event attribute',
        ].filter(Boolean);
        if (problems.length > 0) {
          this.error(`${file.fileName} has ${problems.join(', ')}, which the CSP refuses.`);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    tailwindcss(),
    csp(),
    VitePWA({
      // Registration is ours (src/ui/pwa/register.ts, through virtual:pwa-register/solid):
      // nothing is injected into index.html, and updates wait for the user's "Reload".
      injectRegister: false,
      registerType: 'prompt',
      // globPatterns below already takes every file of public/; listing icons again would
      // put them twice in the precache list.
      includeManifestIcons: false,
      manifest: {
        name: 'JWT Inspector',
        short_name: 'JWT Inspector',
        description:
          'Decode, verify and lint JSON Web Tokens offline. Nothing you paste leaves your device.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0f172a',
        background_color: '#0f172a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every built asset, so the app loads and works with the network cut. (The plugin adds
        // manifest.webmanifest itself; globbing it too would list it twice.)
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,json,txt,wasm,woff2}'],
        // A bundled wordlist can be large; all of it must be precached or the scan breaks offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The first load is controlled at once; an update waits for the user (prompt flow).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The polyfill is only for browsers without <link rel="modulepreload">; keep the page free
    // of anything but our own module scripts.
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
