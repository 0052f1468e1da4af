// Issue 14: an SD-JWT pasted with its issuer key. The RFC 9901 §5.2 presentation (vendored in
// tests/vectors/sd-jwt, IETF Trust licence) verifies; the Disclosures region lists each disclosed
// claim with its hooks; the key binding has its own verdict; axe finds nothing.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectStatus, open, paste, tokenBox } from './app-fixtures';

const vectors = JSON.parse(readFileSync(new URL('../vectors/sd-jwt/rfc9901-examples.json', import.meta.url), 'utf8')) as {
  issuerKey: object;
  examples: { text: string }[];
};

test.beforeEach(async ({ page }) => open(page));

test('issue 14: an SD-JWT+KB with its issuer key is valid and its Disclosures are listed', async ({ page }) => {
  await paste(page, vectors.examples[0]!.text);
  await paste(page, JSON.stringify(vectors.issuerKey), 'Key');
  await expectStatus(page, 'valid');
  const region = page.getByRole('region', { name: /Disclosures/ });
  await expect(region).toBeVisible();
  const items = region.locator('[data-disclosure]');
  await expect(items).toHaveCount(4);
  for (const claim of ['family_name', 'address', 'given_name', 'nationalities[0]']) {
    await expect(region.locator(`[data-claim="${claim}"]`)).toHaveAttribute('data-referenced', 'true');
  }
  await expect(region.locator('[data-claim="given_name"]')).toHaveAttribute('data-disclosure', /^[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('key-binding')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('sd-claims')).toContainText('"given_name": "John"');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('issue 14: leaving out a Disclosure presents fewer claims, and the key binding no longer matches', async ({ page }) => {
  const token = vectors.examples[0]!.text;
  await paste(page, token);
  await paste(page, JSON.stringify(vectors.issuerKey), 'Key');
  await expectStatus(page, 'valid');
  const region = page.getByRole('region', { name: /Disclosures/ });
  await expect(page.getByTestId('key-binding')).toHaveAttribute('data-sd-hash', 'matches');
  await region.getByRole('button', { name: 'Leave out given_name' }).click();
  await expect(region.locator('[data-disclosure]')).toHaveCount(3);
  await expect(region.locator('[data-claim="given_name"]')).toHaveCount(0);
  await expect(page.getByTestId('key-binding')).toHaveAttribute('data-sd-hash', 'differs');
  await expect(page.getByTestId('sd-claims')).not.toContainText('given_name');
  await expect(tokenBox(page)).not.toContainText('WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd');
});
