// Issue 13, "Encrypt": the token in the Token box is wrapped in a JWE for a recipient key typed in
// the Encrypt region; put back in the Token box with the recipient's private key and the signer's
// key in one JWK Set, it decrypts and its inner signature verifies.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { generateKeyPairSync } from 'node:crypto';
import { compactDecrypt, importJWK } from 'jose';
import { claims, expectStatus, hs256, open, paste, tokenBox } from './app-fixtures';

const SECRET = 'a-string-secret-at-least-256-bits-long';

test.beforeEach(async ({ page }) => open(page));

test('issue 13: Encrypt wraps the token for an RSA public key; it decrypts back, in Node and in the page', async ({ page }) => {
  const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims(), SECRET);
  await paste(page, token);
  await paste(page, SECRET, 'Key');
  await expectStatus(page, 'valid');
  await page.getByRole('button', { name: 'Encrypt this token' }).click();
  await page.getByRole('textbox', { name: 'Recipient key' }).fill(JSON.stringify(recipient.publicKey.export({ format: 'jwk' })));
  await page.getByRole('combobox', { name: 'Key management (alg)' }).selectOption('RSA-OAEP-256');
  await page.getByRole('combobox', { name: 'Content encryption (enc)' }).selectOption('A128CBC-HS256');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  const result = page.getByTestId('encrypt-result');
  await expect(result).toBeVisible();
  const jwe = ((await result.locator('code').textContent()) ?? '').trim();
  const key = await importJWK({ ...recipient.privateKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256' }, 'RSA-OAEP-256');
  expect(new TextDecoder().decode((await compactDecrypt(jwe, key)).plaintext)).toBe(token);

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations).toEqual([]);

  await result.getByRole('button', { name: 'Put in the Token box' }).click();
  await expect(tokenBox(page)).toHaveText(jwe);
  const recipientJwk = recipient.privateKey.export({ format: 'jwk' });
  await paste(page, JSON.stringify({ keys: [recipientJwk, { kty: 'oct', k: Buffer.from(SECRET).toString('base64url') }] }), 'Key');
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'decrypted');
  await expect(page.locator('[data-testid="nested-token"][data-path="jwe"]').getByTestId('nested-signature-status')).toHaveAttribute('data-status', 'valid');
});

test('issue 13: Encrypt says why it cannot use a key', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256' }, claims(), SECRET));
  await page.getByRole('button', { name: 'Encrypt this token' }).click();
  await page.getByRole('textbox', { name: 'Recipient key' }).fill('short');
  await page.getByRole('combobox', { name: 'Key management (alg)' }).selectOption('A256KW');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'A256KW' })).toBeVisible();
  await expect(page.getByTestId('encrypt-result')).toHaveCount(0);
});
