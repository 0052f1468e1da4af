// Offline by construction (issue 5). Our invariant check: across a whole session nothing leaves
// the origin (pages, workers and the service worker), no CSP violation happens, and after one
// load the app works with the network cut.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import {
  controlledByServiceWorker,
  ecCase,
  expectVerdict,
  fill,
  hmacCase,
  recordCspViolations,
  recordForeignRequests,
  rsaCase,
  strangerRsaKey,
} from './offline-fixtures';

const wordlistPath = fileURLToPath(new URL('../../../shared/wordlists/jwt.secrets.list', import.meta.url));

test('issue-5: a session with URL-laden tokens, keys and a wordlist scan sends nothing off the origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const foreign = recordForeignRequests(context, origin);
  const violations = await recordCspViolations(context);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto('/');
  await controlledByServiceWorker(page); // the precache traffic is part of the session

  const rsa = rsaCase();
  await fill(page, 'Token', rsa.token);
  await fill(page, 'Key', rsa.key);
  await expectVerdict(page, 'valid');

  const ec = ecCase();
  await fill(page, 'Token', ec.token);
  await fill(page, 'Key', ec.key);
  await expectVerdict(page, 'valid');

  const hmac = hmacCase();
  await fill(page, 'Key', '');
  await fill(page, 'Token', hmac.token);
  await expectVerdict(page, 'no-key');
  // The wordlist a user would load: the public list when it is here, else a short one of ours.
  const wordlist = existsSync(wordlistPath)
    ? { name: 'jwt.secrets.list', mimeType: 'text/plain', buffer: readFileSync(wordlistPath) }
    : { name: 'short.list', mimeType: 'text/plain', buffer: Buffer.from('password\nchangeme\nsecret\n') };
  await page.locator('input[type="file"]').setInputFiles(wordlist);
  await expect(page.getByTestId('scan-status')).toHaveAttribute('data-status', 'found', { timeout: 60_000 });
  expect(workers.some((url) => url.startsWith(origin)), 'the scan ran in a worker from our origin').toBe(true);

  await fill(page, 'Key', hmac.secret);
  await expectVerdict(page, 'valid');

  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('issue-5: after one load the app decodes and verifies with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  await expect(page.getByTestId('offline-ready')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  // Said once: the service worker was already installed, so no second "ready".
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);

  const rsa = rsaCase();
  await fill(page, 'Token', rsa.token);
  await fill(page, 'Key', rsa.key);
  await expectVerdict(page, 'valid');
  await expect(page.getByRole('region', { name: 'Payload' })).toBeVisible();

  await fill(page, 'Key', strangerRsaKey());
  await expectVerdict(page, 'invalid');

  // A navigation to another path of the app is served from the cache too.
  await page.goto('/some/deep/link');
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
});

test('issue-5: the Install button appears only once the browser offers installation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('privacy-note')).toBeVisible();
  await expect(page.getByTestId('install-app')).toHaveCount(0);

  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(offer, { prompt: () => Promise.resolve({ outcome: 'dismissed' }) });
    window.dispatchEvent(offer);
  });
  await expect(page.getByTestId('install-app')).toBeVisible();
  await page.getByTestId('install-app').click();
  // An offer is used once.
  await expect(page.getByTestId('install-app')).toHaveCount(0);
});
