// Refreshes docs/screenshots/*.png (the README's Screenshots section) from the built app.
// Run on purpose only: SCREENSHOTS=1 npx playwright test tests/e2e/app-screenshots.spec.ts
import { test, expect, type Page } from '@playwright/test';
import { open } from './app-fixtures';

const OUT = 'docs/screenshots';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
test.use({ viewport: { width: 1360, height: 900 } });

async function sample(page: Page, id: string, status: string) {
  await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption(id);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', status);
  await expect(page.getByRole('region', { name: 'Header' }).getByRole('textbox').first()).toBeVisible();
  await page.waitForTimeout(600); // let the report for this sample and the lazy JSON views paint
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage });

test('screenshots of the main states', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page);
  await shot(page, 'empty', false);
  await sample(page, 'rs256', 'valid');
  await shot(page, 'valid-rs256');
  await sample(page, 'jwks', 'valid');
  await page.getByTestId('key-details').scrollIntoViewIfNeeded();
  await shot(page, 'jwks-key-selection', false);
  await sample(page, 'expired', 'valid');
  await shot(page, 'expired', false);
  await sample(page, 'sd-jwt', 'valid');
  await page.getByRole('region', { name: /Disclosures/ }).scrollIntoViewIfNeeded();
  await shot(page, 'sd-jwt-disclosures', false);
  await page.emulateMedia({ colorScheme: 'dark' });
  await sample(page, 'none', 'unsecured');
  await shot(page, 'alg-none-dark');
  await sample(page, 'embedded', 'no-key');
  await shot(page, 'embedded-jwk-dark', false);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await sample(page, 'weak', 'no-key');
  await shot(page, 'phone-weak-secret', false);
});
