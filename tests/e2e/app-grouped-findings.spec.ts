// Issue 16: a payload with several personal-data claims is one finding in the list, and the
// decoded payload still underlines every claim that finding names.
import { test, expect } from '@playwright/test';
import { claims, hs256, open, paste } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

test('issue 16: one personal-data finding, every claim underlined in the payload', async ({ page }) => {
  const person = { email: 'jane@example.com', birthdate: '0000-10-31', given_name: 'Jane' };
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(person), 'a-secret-nobody-would-guess-0193'));
  await expect(page.locator('[data-rule="payload-contact-pii"]')).toHaveCount(1);
  const payload = page.getByRole('region', { name: 'Payload' });
  for (const text of ['jane@example.com', '0000-10-31', 'Jane']) {
    await expect(payload.locator('.cm-lintRange', { hasText: text }).first()).toBeVisible();
  }
});
