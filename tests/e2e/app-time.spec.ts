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

/** The relative time shown beside a claim ("5 minutes ago"). */
const claimRelative = (page: Page, name: string) => page.locator(`[data-claim="${name}"] [data-testid="claim-relative"]`);

test('issue 16: a token accepted only within the leeway says it expired, in the claims\' words', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 3600, exp: now - 300 })));
  const leeway = page.getByLabel('Leeway (seconds)');
  await leeway.fill('600');
  await leeway.press('Enter');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await expect(timeStatus(page)).toHaveAttribute('data-within-leeway', 'exp');
  // The banner's time is the claim's, word for word ("5 minutes ago"), never "expires in".
  const exp = (await claimRelative(page, 'exp').textContent())!.trim();
  expect(exp).toMatch(/ago$/);
  await expect(timeStatus(page)).toContainText(exp);
  await expect(timeStatus(page)).not.toContainText('expires in');
  await leeway.fill('60');
  await leeway.press('Enter');
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'expired');
  await expect(timeStatus(page)).not.toHaveAttribute('data-within-leeway', /.*/);
});

test('issue 16: the banner and the claims round the same way', async ({ page }) => {
  const now = nowSeconds();
  // 9.5 minutes left (the banner said "9 min", the claims "10 minutes"), and 1.6 years ago
  // ("1 year" beside "2 years").
  for (const exp of [now + 570, now - Math.round(1.6 * 365 * 86_400)]) {
    await paste(page, rs256({}, claims({ iat: exp - 7200, exp })));
    await expect(claimRelative(page, 'exp')).toContainText(exp > now ? /^in / : / ago$/);
    const words = (await claimRelative(page, 'exp').textContent())!.trim();
    await expect(timeStatus(page)).toContainText(words);
  }
});

test('issue 16: looking at another date, the banner says "at" that date instead of "now"', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 7200, exp: now - 3600 })));
  await expect(timeStatus(page)).toContainText('ago');
  const then = now - 5400;
  await page.getByLabel('As of (local time)').fill(await localInput(page, then));
  await expect(timeStatus(page)).toHaveAttribute('data-as-of', String(then));
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await expect(timeStatus(page)).not.toContainText(/\bnow\b|\bago\b|\bin \d/);
  // The claims too are relative to the chosen time, not to now.
  await expect(claimRelative(page, 'exp')).not.toContainText(/\bago\b|^in /);
  await page.getByRole('button', { name: 'Back to now' }).click();
  await expect(timeStatus(page)).not.toHaveAttribute('data-as-of', /.*/);
  await expect(claimRelative(page, 'exp')).toContainText(/ ago$/);
});

test('issue 16: a negative leeway is refused with a message, and the leeway box says what it takes', async ({ page }) => {
  const now = nowSeconds();
  await paste(page, rs256({}, claims({ iat: now - 600, exp: now - 30 })));
  const leeway = page.getByLabel('Leeway (seconds)');
  await expect(leeway).toHaveAccessibleDescription(/0 or more/);
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await leeway.fill('-600');
  await leeway.press('Enter');
  await expect(leeway).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'leeway' })).toBeVisible();
  // Still the last good leeway (60 s): the token that expired 30 s ago stays accepted.
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'valid');
  await leeway.fill('0');
  await leeway.press('Enter');
  await expect(leeway).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('alert').filter({ hasText: 'leeway' })).toHaveCount(0);
  await expect(timeStatus(page)).toHaveAttribute('data-status', 'expired');
});
