// Issue 4: time travel. The "as of" time and the leeway go into inspect(); the time verdict
// follows, while the signature verdict stays separate ("signature valid · expired").
import { test, expect, type Page } from '@playwright/test';
import { claims, expectStatus, nowSeconds, open, paste, publicPem, rs256 } from './app-fixtures';

const timeStatus = (page: Page) => page.getByTestId('time-status');

/** The datetime-local value for a unix time, in the browser's local zone. */
const localInput = (page: Page, unix: number) =>
  page.evaluate((u) => {
    const d = new Date(u * 1000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, unix);

test.beforeEach(async ({ page }) => open(page));

test('an expired token is valid as of a moment before it expired, and expired again now', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 7200, exp: now - 3600 })));
  await paste(page, publicPem(), 'Key');
  await expectStatus(page, 'valid');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'expired');
  await expect(page.locator('[data-rule="exp-expired"]')).toBeVisible();

  await page.getByLabel('As of (local time)').fill(await localInput(page, now - 5400));
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('[data-rule="exp-expired"]')).toHaveCount(0);
  await expectStatus(page, 'valid');

  await page.getByRole('button', { name: 'Back to now' }).click();
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'expired');
});

test('a token from the future is not yet valid until its time comes', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now + 3000, nbf: now + 3000, exp: now + 9000 })));
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'not-yet-valid');
  await page.getByLabel('As of (local time)').fill(await localInput(page, now + 4000));
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
});

test('the leeway decides whether a token that just expired still passes', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 600, exp: now - 30 })));
  const leeway = page.getByLabel('Leeway (seconds)');
  await expect(leeway).toHaveValue('60');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await leeway.fill('0');
  await leeway.press('Enter');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'expired');
  await leeway.fill('300');
  await leeway.press('Enter');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
});

test('the time badge shows only while a readable token is there', async ({ page }) => {
  await expect(timeStatus(page)).toBeHidden();
  await paste(page, 'not-a-token');
  await expectStatus(page, 'malformed');
  await expect(timeStatus(page)).toBeHidden();
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 60, exp: now + 3600 })));
  await expect(timeStatus(page)).toBeVisible();
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  const box = page.getByRole('textbox', { name: 'Token', exact: true });
  await box.press('ControlOrMeta+A');
  await box.press('Delete');
  await expect(timeStatus(page)).toBeHidden();
});
