// Updates are asked, never forced (issue 5): when a new service worker is waiting the app says
// so and keeps running the old version until the user clicks Reload; then the new one takes
// over and the page reloads once.
import { expect, test } from '@playwright/test';
import { controlledByServiceWorker } from './offline-fixtures';
import { built, serveDist } from './offline-server';

test.skip(!built, 'needs the built app in dist/ (run `npx vite build`)');

test('issue-5: a new version waits for "Reload", then takes over (first visit and later ones)', async ({ page }) => {
  test.setTimeout(120_000);
  let version = 1;
  const { origin, close } = await serveDist({
    // A byte-different sw.js is a new version to the browser.
    rewrite: (path, body) => (path === '/sw.js' && version > 1 ? Buffer.concat([body, Buffer.from(`\n// v${version}\n`)]) : body),
  });
  try {
    await page.goto(origin);
    await controlledByServiceWorker(page);
    await expect(page.getByTestId('offline-ready')).toBeVisible();
    await expect(page.getByTestId('update-ready')).toHaveCount(0);

    // First during the visit that installed the app, then during a later (controlled) visit.
    for (const next of [2, 3]) {
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      version = next;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByTestId('update-ready');
      await expect(prompt).toBeVisible({ timeout: 20_000 });
      // Asked, not forced: same document, the old worker still in control, the new one waiting.
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      expect(await page.evaluate(() => '__sameDocument' in window)).toBe(false);
      await controlledByServiceWorker(page);
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
      await expect(page.getByTestId('update-ready')).toHaveCount(0);
      await expect(page.getByTestId('offline-ready')).toHaveCount(0);
    }
  } finally {
    close();
  }
});
