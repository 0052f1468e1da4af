// Issue 17: share links and export. A link carries the token only, in the fragment, with the
// choices applied (signature stripped, claim values masked); opened in a fresh page with the
// network cut it fills the Token box, says it came from a link, clears the fragment and stores
// nothing. Export gives the report as Markdown with the rule ids and without the masked value.
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { claims, expectStatus, paste, publicPem, rs256, shownRules, tokenBox } from './app-fixtures';
import { controlledByServiceWorker, recordCspViolations, recordForeignRequests } from './offline-fixtures';

const SUB = 'user-4711-private';

/** What the page keeps: storage entries and IndexedDB database names. */
const stored = (page: Page) =>
  page.evaluate(async () => ({
    local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
    session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));

test('issue 17: a link with the signature stripped and sub masked opens offline, without key, fragment or storage', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
  const violations = await recordCspViolations(context);
  await page.goto('/');
  await controlledByServiceWorker(page);
  const before = await stored(page);

  const token = rs256({ kid: 'share-1' }, claims({ sub: SUB }));
  const key = publicPem();
  await paste(page, token);
  await paste(page, key, 'Key');
  await expectStatus(page, 'valid');

  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share or export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-warning')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'The signature' }).check();
  await dialog.locator('[data-mask="sub"]').check();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();

  const url = new URL(link);
  expect(url.origin + url.pathname).toBe(new URL('/', baseURL).href);
  expect(url.search).toBe('');
  expect(link).not.toContain(SUB);
  const keyBody = key.replace(/-----[^-]+-----|\s/g, '');
  for (const piece of [keyBody, keyBody.slice(0, 40), keyBody.slice(-40), encodeURIComponent(keyBody.slice(0, 40))]) expect(link).not.toContain(piece);
  const shared = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const [header, payload, signature] = shared.split('.');
  expect(header).toBe(token.split('.')[0]);
  expect(signature).toBe('');
  expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ sub: '[masked]', iss: 'https://issuer.example' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  await context.setOffline(true);
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(tokenBox(fresh)).toHaveText(shared);
  await expect(fresh.getByTestId('from-link')).toBeVisible();
  expect(new URL(fresh.url()).hash).toBe('');
  await expect(fresh.getByRole('row', { name: /^sub / }).getByRole('cell', { name: '[masked]', exact: true })).toBeVisible();
  await expect(fresh.getByRole('textbox', { name: 'Key', exact: true })).not.toContainText(keyBody.slice(0, 40));
  await fresh.getByRole('button', { name: 'Dismiss' }).click();
  await expect(fresh.getByTestId('from-link')).toHaveCount(0);

  const after = await stored(fresh);
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toContain(shared.slice(0, 40));
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('issue 17: Export Markdown (download and copy) names the findings and leaves the masked value out; axe clean with the dialog open', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await recordCspViolations(context);
  await page.goto('/');
  await paste(page, rs256({}, claims({ sub: SUB, exp: undefined })));
  await expectStatus(page, 'no-key');
  await expect(page.locator('[data-rule]').first()).toBeVisible();
  const rules = [...new Set(await shownRules(page))];
  expect(rules.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download Markdown' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await dialog.locator('[data-mask="sub"]').check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('jwt-report.md');
  const markdown = await readFile((await download.path())!, 'utf8');
  for (const rule of rules) expect(markdown).toContain(rule);
  expect(markdown).not.toContain(SUB);

  await dialog.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy Markdown' })).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(markdown);

  const [json] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download JSON' }).click()]);
  const report = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(report.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(expect.arrayContaining(rules));
  expect(JSON.stringify(report)).not.toContain(SUB);
  expect(await violations()).toEqual([]);
});
