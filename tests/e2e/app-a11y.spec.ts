// Issue 4: accessibility. axe finds no violations on the empty page, with a valid token, and
// with an attacked token; the contract hooks have their accessible names.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { claims, expectStatus, open, paste, publicPem, rs256 } from './app-fixtures';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

// A full-page axe run takes seconds per theme, and the page keeps growing (edit, encrypt,
// attack variants): these tests get more time than the default, which a loaded machine exceeded.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => open(page));

test('the empty page has no axe violations', async ({ page }) => {
  await expectNoViolations(page);
});

test('a valid token has no axe violations, in light and dark', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await paste(page, publicPem(), 'Key');
  await expectStatus(page, 'valid');
  await expectNoViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page);
});

test('an attacked token has no axe violations', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption('none');
  await expectStatus(page, 'unsecured');
  await expect(page.locator('[data-rule="alg-none"]')).toBeVisible();
  await expectNoViolations(page);
});

test('the contract hooks exist with their names', async ({ page }) => {
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Header', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payload', exact: true })).toBeVisible();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', /.+/);
});

test('issue 16: the detached payload box, the leeway message and a within-leeway time have no axe violations, in light and dark', async ({ page }) => {
  const now = Math.floor(Date.now() / 1000);
  const header = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url');
  // A payload-less token (its signature does not matter here), then an RS256 one past exp.
  await paste(page, `${header}..${Buffer.from('sig').toString('base64url')}`);
  await expect(page.getByRole('textbox', { name: 'Detached payload' })).toBeVisible();
  await expectNoViolations(page);
  await paste(page, rs256({}, claims({ iat: now - 600, exp: now - 30 })));
  const leeway = page.getByLabel('Leeway (seconds)');
  await leeway.fill('-1');
  await expect(page.getByRole('alert').filter({ hasText: 'leeway' })).toBeVisible();
  await expect(page.getByTestId('time-status')).toHaveAttribute('data-within-leeway', 'exp');
  await expectNoViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page);
});

test('issue 12: Generate key and the Key formats region have no axe violations, in light and dark', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByRole('region', { name: 'Key formats' }).getByTestId('key-thumbprint')).not.toBeEmpty();
  await expectNoViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page);
});
