// Issue 4: "trust the verdict". A key verifies, a wrong key fails, a JWK Set picks by kid and
// says why the others were not used, the secret encoding matters, and a token signed by a key
// it carries is never shown as trustworthy.
import { test, expect } from '@playwright/test';
import { createHmac, generateKeyPairSync, sign as nodeSign, randomBytes } from 'node:crypto';
import {
  b64url, claims, expectStatus, fillEditor, hs256, open, otherRsaKeys, paste, publicJwk, publicPem, rs256, tokenBox, verdict,
} from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

test('RS256 with its public key is valid, and the key is described', async ({ page }) => {
  await paste(page, rs256({ kid: 'k1' }, claims()));
  await expectStatus(page, 'no-key');
  await paste(page, publicPem(), 'Key');
  await expectStatus(page, 'valid');
  await expect(verdict(page)).not.toHaveAttribute('data-trust', 'untrusted');
  await expect(page.getByTestId('key-kind')).toHaveAttribute('data-kind', 'pem-spki');
  await expect(page.getByTestId('key-candidate')).toContainText('2048');
  await expect(page.getByTestId('time-status')).toHaveAttribute('data-status', 'valid');
});

test('a different key makes the signature invalid, with a finding', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await paste(page, publicPem(otherRsaKeys()), 'Key');
  await expectStatus(page, 'invalid');
  await expect(page.locator('[data-rule="sig-invalid"]')).toHaveAttribute('data-severity', 'error');
});

test('from a JWK Set the key named by kid is used, and the others are explained', async ({ page }) => {
  await paste(page, rs256({ kid: 'right' }, claims()));
  const set = { keys: [publicJwk(otherRsaKeys(), { kid: 'other', use: 'sig' }), publicJwk(undefined, { kid: 'right', use: 'sig' })] };
  await paste(page, JSON.stringify(set, null, 2), 'Key');
  await expectStatus(page, 'valid');
  await expect(page.getByTestId('key-kind')).toHaveAttribute('data-kind', 'jwks');
  await expect(page.getByTestId('key-candidate')).toHaveCount(2);
  await expect(page.locator('[data-testid="key-choice"][data-kid="right"]')).toHaveAttribute('data-outcome', 'verified');
  await expect(page.locator('[data-testid="key-choice"][data-kid="other"]')).not.toHaveAttribute('data-outcome', 'verified');
});

test('the secret encoding decides whether an HMAC secret verifies', async ({ page }) => {
  const raw = randomBytes(32);
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), raw));
  await paste(page, raw.toString('base64'), 'Key');
  const encoding = page.getByRole('combobox', { name: 'Secret encoding' });
  await expect(encoding).toHaveValue('auto');
  await expectStatus(page, 'valid');
  await encoding.selectOption('utf8');
  await expectStatus(page, 'invalid');
  await encoding.selectOption('base64');
  await expectStatus(page, 'valid');
  await encoding.selectOption('hex');
  await expect(verdict(page)).not.toHaveAttribute('data-status', 'valid');
});

test('the secret encoding is offered for HMAC tokens only', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await expectStatus(page, 'no-key');
  await expect(page.getByRole('combobox', { name: 'Secret encoding' })).toHaveCount(0);
  await paste(page, hs256({ alg: 'HS256' }, claims(), 'x'.repeat(40)));
  await expect(page.getByRole('combobox', { name: 'Secret encoding' })).toBeVisible();
});

test('alg none is unsecured and an error', async ({ page }) => {
  await fillEditor(tokenBox(page), 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.');
  await expectStatus(page, 'unsecured');
  await expect(page.locator('[data-rule="alg-none"]')).toHaveAttribute('data-severity', 'error');
});

test('an RSA public key offered for an HS256 token is a key mismatch', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'x'.repeat(40)));
  await paste(page, publicPem(), 'Key');
  await expectStatus(page, 'key-mismatch');
  await expect(page.locator('[data-rule="key-alg-mismatch"]')).toHaveAttribute('data-severity', 'error');
});

test('a token signed by the key it carries is never shown as trustworthy', async ({ page }) => {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = pair.publicKey.export({ format: 'jwk' });
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', jwk }))}.${b64url(JSON.stringify(claims({ sub: 'admin' })))}`;
  const sig = nodeSign('sha256', Buffer.from(input), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
  await paste(page, `${input}.${b64url(sig)}`);
  await expect(page.locator('[data-rule="self-verified-only"]')).toHaveAttribute('data-severity', 'error');
  // Not a green "valid": either another status, or valid and marked untrusted.
  await expect
    .poll(async () => [await verdict(page).getAttribute('data-status'), await verdict(page).getAttribute('data-trust')])
    .not.toEqual(['valid', null]);
  await expect(page.locator('.text-emerald-900 [data-testid="signature-status"]')).toHaveCount(0);
});

test('issue 16: with the right weak secret the banner says both: it verified, and anyone can sign', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'your-256-bit-secret'));
  await paste(page, 'your-256-bit-secret', 'Key');
  await expectStatus(page, 'valid');
  await expect(verdict(page)).toHaveAttribute('data-trust', 'untrusted');
  await expect(page.getByTestId('signature-checked')).toBeVisible();
  await expect(page.getByTestId('untrusted-reason')).toHaveAttribute('data-reason', 'hmac-secret-weak');
  // A wrong key: no "verified" line, the reason stays.
  await paste(page, 'x'.repeat(40), 'Key');
  await expectStatus(page, 'invalid');
  await expect(page.getByTestId('signature-checked')).toHaveCount(0);
  await expect(page.getByTestId('untrusted-reason')).toHaveAttribute('data-reason', 'hmac-secret-weak');
});

/** An HS256 token with its payload cut out (RFC 7515 App. F); `b64: false` signs the text as is (RFC 7797). */
function detachedHs256(payload: string, secret: string, unencoded = false): string {
  const header = b64url(JSON.stringify(unencoded ? { alg: 'HS256', b64: false, crit: ['b64'] } : { alg: 'HS256' }));
  const input = `${header}.${unencoded ? payload : b64url(payload)}`;
  return `${header}..${b64url(createHmac('sha256', secret).update(input).digest())}`;
}

for (const unencoded of [false, true]) {
  test(`issue 16: a detached payload${unencoded ? ' (b64: false)' : ''} can be supplied, and the verdict follows`, async ({ page }) => {
    const secret = 'k'.repeat(40);
    const payload = unencoded ? '$.02' : '{"sub":"detached-user"}';
    const box = page.getByRole('textbox', { name: 'Detached payload' });
    await paste(page, hs256({ alg: 'HS256' }, claims(), secret));
    await paste(page, secret, 'Key');
    await expectStatus(page, 'valid');
    await expect(box).toHaveCount(0); // the token carries its payload
    await paste(page, detachedHs256(payload, secret, unencoded));
    await expect(box).toBeVisible();
    await expect(verdict(page)).not.toHaveAttribute('data-status', 'valid');
    await box.fill(payload);
    await expectStatus(page, 'valid');
    await box.fill(`${payload} `);
    await expectStatus(page, 'invalid');
    await box.fill(payload);
    await expectStatus(page, 'valid');
    // The payload belongs to its token: one that carries its own clears and hides the box.
    await paste(page, hs256({ alg: 'HS256' }, claims(), secret));
    await expectStatus(page, 'valid');
    await expect(box).toHaveCount(0);
  });
}
