// Nothing stored (issue 5): after a token and a key are pasted, no storage the page can write
// holds them, the URL does not carry them, and a reload forgets them. The service worker's
// Cache Storage holds the app's own files only.
import { expect, test } from '@playwright/test';
import { controlledByServiceWorker, expectVerdict, fill, rsaCase } from './offline-fixtures';

test('issue-5: a pasted token and key end up in no storage, cookie or URL', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  const { token, key } = rsaCase();
  await fill(page, 'Token', token);
  await fill(page, 'Key', key);
  await expectVerdict(page, 'valid');

  const stored = await page.evaluate(async () => {
    const entries = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`);
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    const cacheUrls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cacheUrls.push(request.url);
    }
    return {
      local: entries(localStorage),
      session: entries(sessionStorage),
      databases,
      cookie: document.cookie,
      url: location.href,
      cacheUrls,
    };
  });
  expect(stored.local).toEqual([]);
  expect(stored.session).toEqual([]);
  expect(stored.databases).toEqual([]);
  expect(stored.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(stored.url).toBe(`${baseURL}/`);
  expect(page.url()).toBe(`${baseURL}/`);

  // Cache Storage: the app's own files from its own origin, none of them a token or key.
  expect(stored.cacheUrls.length).toBeGreaterThan(0);
  const signature = token.split('.')[2]!;
  for (const url of stored.cacheUrls) {
    expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
    expect(url).not.toContain(signature);
    expect(new URL(url).pathname).toMatch(/^\/([\w.-]+\.(html|webmanifest|png|svg)|assets\/[\w.-]+\.(js|css))$/);
  }

  // A reload starts empty: nothing was kept anywhere to restore from.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).not.toContainText(token.slice(0, 20));
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).not.toContainText('BEGIN PUBLIC KEY');
});

test('issue-5: the privacy line is visible and its disclosure shows the enforced policy', async ({ page }) => {
  await page.goto('/');
  const note = page.getByTestId('privacy-note');
  await expect(note).toBeVisible();
  await expect(page.getByTestId('page-csp')).toBeHidden();
  await note.locator('summary').click();
  const shown = await page.getByTestId('page-csp').textContent();
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("connect-src 'none'");
  expect(shown).toBe(meta);
});
