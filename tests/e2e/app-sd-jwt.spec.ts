// Issue 14: an SD-JWT pasted with its issuer key. The RFC 9901 §5.2 presentation (vendored in
// tests/vectors/sd-jwt, IETF Trust licence) verifies; the Disclosures region lists each disclosed
// claim with its hooks; the key binding has its own verdict, with the expected audience and
// nonce; Leave out re-makes it with the RFC's Holder key; the claims table shows the claims after
// disclosure; axe finds nothing.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectStatus, open, paste, tokenBox } from './app-fixtures';

const vectors = JSON.parse(readFileSync(new URL('../vectors/sd-jwt/rfc9901-examples.json', import.meta.url), 'utf8')) as {
  issuerKey: object;
  examples: { text: string }[];
};

const holder = JSON.parse(readFileSync(new URL('../vectors/sd-jwt/rfc9901-holder-key.json', import.meta.url), 'utf8')) as { holderKey: object };
const keyBinding = (page: Page) => page.getByTestId('key-binding');

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
  await expect(page.getByTestId('leave-out-result')).toHaveAttribute('data-key-binding', 'kept');
});

test("issue 14: leaving out a Disclosure with the Holder's private key in the Key box re-makes the key binding", async ({ page }) => {
  await paste(page, vectors.examples[0]!.text);
  await paste(page, `${JSON.stringify(vectors.issuerKey)}\n${JSON.stringify(holder.holderKey)}`, 'Key');
  await expectStatus(page, 'valid');
  const region = page.getByRole('region', { name: /Disclosures/ });
  await region.getByRole('button', { name: 'Leave out given_name' }).click();
  await expect(page.getByTestId('leave-out-result')).toHaveAttribute('data-key-binding', 'remade');
  await expect(region.locator('[data-disclosure]')).toHaveCount(3);
  await expect(region.locator('[data-claim="given_name"]')).toHaveCount(0);
  await expect(keyBinding(page)).toHaveAttribute('data-status', 'valid');
  await expect(keyBinding(page)).toHaveAttribute('data-sd-hash', 'matches');
  await expectStatus(page, 'valid');
});

test('issue 14: the expected audience and nonce are compared with the key binding JWT', async ({ page }) => {
  await paste(page, vectors.examples[1]!.text);
  await expect(page.getByRole('region', { name: /Disclosures/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Expected audience' })).toHaveCount(0);
  await paste(page, vectors.examples[0]!.text);
  await paste(page, JSON.stringify(vectors.issuerKey), 'Key');
  await expectStatus(page, 'valid');
  await expect(keyBinding(page)).not.toHaveAttribute('data-aud', /./);
  await page.getByRole('textbox', { name: 'Expected audience' }).fill('https://verifier.example.org');
  await expect(keyBinding(page)).toHaveAttribute('data-aud', 'matches');
  await page.getByRole('textbox', { name: 'Expected nonce' }).fill('0987654321');
  await expect(keyBinding(page)).toHaveAttribute('data-nonce', 'differs');
  await page.getByRole('textbox', { name: 'Expected nonce' }).fill('1234567890');
  await expect(keyBinding(page)).toHaveAttribute('data-nonce', 'matches');
});

test('issue 14: the claims table shows the claims after disclosure; the Payload stays as the Issuer signed it', async ({ page }) => {
  await paste(page, vectors.examples[0]!.text);
  const table = page.getByRole('table', { name: 'Claims after disclosure' });
  await expect(table.locator('[data-claim="given_name"]')).toContainText('John');
  await expect(table.locator('[data-claim="nationalities"]')).toBeVisible();
  await expect(table.locator('[data-claim="_sd"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Payload', exact: true })).toContainText('_sd');
});

/** Press Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 80): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('issue 14: the key binding boxes and Leave out are reached with Tab by their names; after Leave out the focus stays in the list; axe finds nothing, light and dark', async ({ page }) => {
  await paste(page, vectors.examples[0]!.text);
  await paste(page, JSON.stringify(vectors.issuerKey), 'Key');
  await expectStatus(page, 'valid');
  await page.getByRole('button', { name: 'Edit', exact: true }).focus();
  const audience = page.getByRole('textbox', { name: 'Expected audience' });
  await tabTo(page, audience);
  await page.keyboard.type('https://verifier.example.org');
  await expect(keyBinding(page)).toHaveAttribute('data-aud', 'matches');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Expected nonce' })).toBeFocused();
  await page.keyboard.type('1234567890');
  await expect(keyBinding(page)).toHaveAttribute('data-nonce', 'matches');
  const region = page.getByRole('region', { name: /Disclosures/ });
  const first = region.getByRole('button', { name: /^Leave out / }).first();
  const name = await first.getAttribute('aria-label');
  await tabTo(page, first, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('leave-out-result')).toHaveAttribute('data-key-binding', 'kept');
  await expect(region.locator('[data-disclosure]')).toHaveCount(3);
  await expect(region.getByRole('button', { name: name! })).toHaveCount(0);
  await expect(region.getByRole('button', { name: /^Leave out / }).first()).toBeFocused();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('section[aria-labelledby="disclosures-title"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('issue 14: the SD-JWT sample loads with its issuer key: valid, four Disclosures, key binding valid', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption('sd-jwt');
  await expectStatus(page, 'valid');
  const region = page.getByRole('region', { name: /Disclosures/ });
  await expect(region.locator('[data-disclosure][data-referenced="true"]')).toHaveCount(4);
  await expect(keyBinding(page)).toHaveAttribute('data-status', 'valid');
});
