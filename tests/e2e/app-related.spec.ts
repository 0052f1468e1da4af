// Issue 14 (rules-next M): the Related token box. RFC 9449's example proof with its access token
// (tests/vectors/related) draws no dpop-ath-mismatch; one character changed draws it; axe clean.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectStatus, open, paste } from './app-fixtures';

const dpop = JSON.parse(readFileSync(new URL('../vectors/related/rfc9449_dpop_examples.json', import.meta.url), 'utf8')) as { proof: string; accessToken: string };
const relatedBox = (page: Page) => page.getByRole('textbox', { name: 'Related token', exact: true });
const athFinding = (page: Page) => page.locator('[data-rule="dpop-ath-mismatch"]');

test.beforeEach(async ({ page }) => open(page));

test('issue 14: RFC 9449 proof with its access token in Related token: no dpop-ath-mismatch; one character changed: the finding', async ({ page }) => {
  await paste(page, dpop.proof);
  await expectStatus(page, 'valid');
  await relatedBox(page).fill(dpop.accessToken);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-tone', 'good');
  await expect(page.locator('[data-rule="dpop-jkt-mismatch"]')).toHaveCount(1); // the opaque-token info
  await expect(athFinding(page)).toHaveCount(0);
  await relatedBox(page).fill(dpop.accessToken.slice(0, -1) + 'V');
  await expect(athFinding(page)).toHaveAttribute('data-severity', 'error');
  // The signature still verifies with the proof's own key; the verdict says it is not bound.
  await expectStatus(page, 'valid');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-tone', 'bad');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('issue 14: the clear shortcut empties the Related token box with the token and the key', async ({ page }) => {
  await paste(page, dpop.proof);
  await relatedBox(page).fill(dpop.accessToken);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('x');
  await expect(relatedBox(page)).toHaveValue('');
});
