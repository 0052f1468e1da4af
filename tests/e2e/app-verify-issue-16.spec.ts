// Issue 16, "Every verdict true on tokens we did not write": a padded token that verifies as
// sent (AWS ALB style, from golang-jwt's tests) is not a green verdict, and a JWS with several
// signatures shows each signature's own verdict.
import { test, expect } from '@playwright/test';
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { b64url, claims, expectStatus, open, paste, verdict } from './app-fixtures';

// golang-jwt's padded test tokens and keys (MIT); the file names its source and licence.
const padded = JSON.parse(readFileSync(new URL('../fixtures/golang-jwt-padded.json', import.meta.url), 'utf8')) as {
  cases: { name: string; token: string; key: string }[];
};

test.beforeEach(async ({ page }) => open(page));

test('issue 16: a padded token whose signature holds as sent is valid but not shown green', async ({ page }) => {
  const alb = padded.cases.find((c) => c.name.includes('ALB'))!;
  await paste(page, alb.token);
  await paste(page, alb.key, 'Key');
  await expectStatus(page, 'valid');
  await expect(verdict(page)).toHaveAttribute('data-tone', 'warn');
  await expect(page.locator('[data-rule="b64-padding"]').first()).toBeVisible();
  await expect(page.locator('[data-rule="sig-invalid"]')).toHaveCount(0);
});

test('issue 16: each signature of a general JSON serialization shows its own verdict', async ({ page }) => {
  const [a, b] = [generateKeyPairSync('ec', { namedCurve: 'P-256' }), generateKeyPairSync('ec', { namedCurve: 'P-256' })];
  const payload = b64url(JSON.stringify(claims()));
  const signatures = ([[a, 'a'], [b, 'b']] as const).map(([pair, kid]) => {
    const header = b64url(JSON.stringify({ alg: 'ES256', kid }));
    const signature = nodeSign('sha256', Buffer.from(`${header}.${payload}`), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
    return { protected: header, signature: b64url(signature) };
  });
  await paste(page, JSON.stringify({ payload, signatures }, null, 2));
  await paste(page, JSON.stringify({ ...a.publicKey.export({ format: 'jwk' }), kid: 'a' }), 'Key');
  await expectStatus(page, 'valid');
  const entries = page.getByTestId('signature-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.and(page.locator('[data-signature-index="0"]'))).toHaveAttribute('data-status', 'valid');
  await expect(entries.and(page.locator('[data-signature-index="1"]'))).toHaveAttribute('data-status', 'key-mismatch');
});
