// Issue 13: a nested JWE (signed, then encrypted) with a JWK Set holding the recipient's private
// key and the signer's public key: the page decrypts it, shows the plaintext, and the inner
// signature is verified with the same Key box.
import { test, expect } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { CompactEncrypt, importJWK } from 'jose';
import { claims, expectStatus, open, paste, publicJwk, rs256 } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

test('issue 13: a nested JWE and a JWK Set of recipient and signer keys show decrypted and the inner signature valid', async ({ page }) => {
  const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const recipientJwk = { ...recipient.privateKey.export({ format: 'jwk' }), kid: 'recipient', use: 'enc', alg: 'RSA-OAEP-256' };
  const signerJwk = publicJwk(undefined, { kid: 'signer', use: 'sig', alg: 'RS256' });
  const inner = rs256({ kid: 'signer' }, claims());
  const encryptKey = await importJWK({ ...recipient.publicKey.export({ format: 'jwk' }) }, 'RSA-OAEP-256');
  const token = await new CompactEncrypt(new TextEncoder().encode(inner))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: 'recipient' })
    .encrypt(encryptKey);

  await paste(page, token);
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'no-key');
  await paste(page, JSON.stringify({ keys: [recipientJwk, signerJwk] }), 'Key');
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'decrypted');
  await expectStatus(page, 'encrypted');
  const nested = page.locator('[data-testid="nested-token"][data-path="jwe"]');
  await expect(nested.getByTestId('nested-signature-status')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-tone', 'good');
  await expect(page.getByRole('region', { name: 'Payload', exact: true })).toContainText(inner.slice(0, 20));
});

test('issue 13: a wrong key shows failed', async ({ page }) => {
  const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const encryptKey = await importJWK({ ...recipient.publicKey.export({ format: 'jwk' }) }, 'RSA-OAEP');
  const token = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims()))).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A128GCM' }).encrypt(encryptKey);
  await paste(page, token);
  await paste(page, JSON.stringify(other.privateKey.export({ format: 'jwk' })), 'Key');
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator('[data-rule="jwe-decrypt-failed"]').first()).toBeVisible();
});

test('issue 13: a PBES2 JWE over the iteration cap is refused, and Decrypt anyway decrypts it', async ({ page }) => {
  const password = 'correct horse battery staple';
  const token = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims())))
    .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
    .setKeyManagementParameters({ p2c: 1_250_000 })
    .encrypt(new TextEncoder().encode(password));
  await paste(page, token);
  await paste(page, password, 'Key');
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'refused');
  await page.getByRole('button', { name: /Decrypt anyway/ }).click();
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'decrypted', { timeout: 20_000 });
});

test('issue 13: the JWE sample loads with its keys, decrypts, and its inner signature is valid', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption('jwe');
  await expect(page.getByTestId('decryption-status')).toHaveAttribute('data-status', 'decrypted');
  await expect(page.locator('[data-testid="nested-token"][data-path="jwe"]').getByTestId('nested-signature-status')).toHaveAttribute('data-status', 'valid');
});
