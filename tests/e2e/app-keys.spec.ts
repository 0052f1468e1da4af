// Issue 16, key reading as the user sees it: an OpenSSH .pub line, an EC key with explicit curve
// parameters and a JWK printed with wrapped values are each read and described in the key
// details. Vectors: tests/vectors/keys (see the README there).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectStatus, open, paste } from './app-fixtures';

const vectors = (path: string) => readFileSync(new URL(`../vectors/keys/${path}`, import.meta.url), 'utf8');
const generated = JSON.parse(vectors('generated.json'));

test.beforeEach(async ({ page }) => open(page));

test('issue 16: an OpenSSH .pub line verifies its token, and an HS256 token keyed with it is a proven forgery', async ({ page }) => {
  const ssh = generated.openssh.find((o: { alg: string }) => o.alg === 'ES256');
  await paste(page, ssh.token);
  await paste(page, `${ssh.line}\n`, 'Key');
  await expectStatus(page, 'valid');
  await expect(page.getByTestId('key-kind')).toHaveAttribute('data-kind', 'openssh');
  await expect(page.getByTestId('key-candidate')).toContainText('P-256');
  await paste(page, ssh.forgedWithLine);
  await expectStatus(page, 'key-mismatch');
  await expect(page.locator('[data-rule="alg-confusion-forgery"]')).toHaveAttribute('data-severity', 'error');
});

test('issue 16: an EC key with explicit curve parameters verifies and says why it should name its curve', async ({ page }) => {
  const ec = generated.explicitEc[0];
  await paste(page, ec.token);
  await paste(page, ec.spki, 'Key');
  await expectStatus(page, 'valid');
  await expect(page.locator('[data-testid="key-candidate"] [data-problem="ec-explicit-parameters"]')).toBeVisible();
});

test('issue 16: RFC 7517 A.1 as printed, n wrapped over lines, is read with a note', async ({ page }) => {
  await paste(page, generated.rfc7517A1Token);
  await paste(page, vectors('rfc7517-a1-printed.txt'), 'Key');
  await expectStatus(page, 'valid');
  await expect(page.getByTestId('key-kind')).toHaveAttribute('data-kind', 'jwks');
  await expect(page.getByTestId('key-note')).toHaveCount(1);
});

test('issue 12: a JWK Set pasted with no token gets its own findings (jwks-kid-duplicate) and a verdict about the key', async ({ page }) => {
  // Wycheproof json_web_key_test.json #4: two oct keys share kid "kid-aes-sign" (tests/vectors/wycheproof).
  const wycheproof = JSON.parse(readFileSync(new URL('../vectors/wycheproof/json_web_key_test.json', import.meta.url), 'utf8'));
  const group = wycheproof.testGroups.find((g: { tests: { tcId: number }[] }) => g.tests.some((t) => t.tcId === 4));
  await paste(page, JSON.stringify(group.private), 'Key');
  const finding = page.locator('[data-rule="jwks-kid-duplicate"]');
  await expect(finding).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByText('Findings appear here once a token is pasted.')).toHaveCount(0);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-tone', 'warn');
  await expect(page.getByTestId('signature-status')).not.toHaveText('Paste a token to begin');
});
