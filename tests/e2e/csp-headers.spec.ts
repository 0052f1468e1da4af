// Hosting with docs/hosting/ (issue 5): serve the built app with the header file a host would
// apply, and check that the app still installs its service worker, works offline and raises no
// violation. The service worker's fetches obey the policy served with sw.js, not the page's, so
// that file must give sw.js its own policy; the last test shows what happens when it does not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { cloudflareHeaders, netlifyHeaders, parseHeadersFile } from '../unit/build/headers-file';
import {
  controlledByServiceWorker,
  expectVerdict,
  fill,
  hmacCase,
  recordCspViolations,
  recordForeignRequests,
  rsaCase,
} from './offline-fixtures';
import { built, serveDist } from './offline-server';

const hosting = (file: string) => readFileSync(fileURLToPath(new URL(`../../docs/hosting/${file}`, import.meta.url)), 'utf8');

test.skip(!built, 'needs the built app in dist/ (run `npx vite build`)');

for (const [file, resolve] of [
  ['netlify/_headers', netlifyHeaders],
  ['cloudflare-pages/_headers', cloudflareHeaders],
] as const) {
  test(`issue-5: served with docs/hosting/${file}, the app installs, works offline, violates nothing`, async ({
    page,
    context,
  }) => {
    const rules = parseHeadersFile(hosting(file));
    const { close, origin } = await serveDist({ headersFor: (path) => resolve(rules, path) });
    try {
      const foreign = recordForeignRequests(context, origin);
      const violations = await recordCspViolations(context);
      const response = await page.goto(origin);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await controlledByServiceWorker(page);
      await expect(page.getByTestId('offline-ready')).toBeVisible();

      await context.setOffline(true);
      await page.reload();
      const { token, key } = rsaCase();
      await fill(page, 'Token', token);
      await fill(page, 'Key', key);
      await expectVerdict(page, 'valid');
      // Issue 15: the scan worker, served with the same policy, compiles its WebAssembly SIMD hashing.
      const hs = hmacCase('scan-me-7e2');
      await fill(page, 'Token', hs.token);
      const list = Buffer.from(`password\nletmein\n${hs.secret}\n`);
      await page.locator('input[type="file"]').setInputFiles({ name: 'w.list', mimeType: 'text/plain', buffer: list });
      await expect(page.getByTestId('scan-status')).toHaveAttribute('data-status', 'found');
      await expect(page.getByTestId('scan-status')).toHaveAttribute('data-engine', 'wasm-simd');

      expect(foreign).toEqual([]);
      expect(await violations()).toEqual([]);
    } finally {
      await context.setOffline(false);
      close();
    }
  });
}

test('issue-5: a service worker served with the page policy cannot precache (why sw.js has its own)', async ({
  page,
}) => {
  const rules = parseHeadersFile(hosting('netlify/_headers'));
  const pagePolicy = netlifyHeaders(rules, '/')['content-security-policy']!;
  const { close, origin } = await serveDist({
    headersFor: (path) => ({ ...netlifyHeaders(rules, path), 'content-security-policy': pagePolicy }),
  });
  try {
    // Follow the worker the app registers: a failed install leaves no registration to look at.
    await page.addInitScript(() => {
      const states: string[] = [];
      Object.assign(window, { __swStates: states });
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        return register.apply(this, args).then((registration) => {
          const worker = registration.installing;
          if (worker) {
            states.push(worker.state);
            worker.addEventListener('statechange', () => states.push(worker.state));
          }
          return registration;
        });
      };
    });
    await page.goto(origin);
    const states = () => page.evaluate(() => (window as unknown as { __swStates: string[] }).__swStates);
    await expect.poll(async () => (await states()).some((s) => s === 'redundant' || s === 'activated'), { timeout: 20_000 }).toBe(true);
    expect(await states()).toContain('redundant');
    expect(await states()).not.toContain('activated');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    close();
  }
});
