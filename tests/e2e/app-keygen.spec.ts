// Issue 12, "Write tokens too": the Key box's "Generate key" button and "Key formats" region. A
// key is made for the token's alg (or the chosen key type) and its forms shown; a pasted key's
// RFC 7638 thumbprint matches the one Node computes. No request leaves the page (offline.spec.ts
// checks that for the whole app; the CSP blocks it).
import { createHash, createPublicKey, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import { b64url, claims, keyBox, open, paste, rs256 } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

const formats = (page: Page) => page.getByRole('region', { name: 'Key formats' });

/** RFC 7638: SHA-256 of the required members, in lexicographic order, no whitespace. */
function thumbprint(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  const members: Record<string, string[]> = { EC: ['crv', 'kty', 'x', 'y'], RSA: ['e', 'kty', 'n'], OKP: ['crv', 'kty', 'x'] };
  const json = JSON.stringify(Object.fromEntries(members[jwk.kty!]!.map((m) => [m, jwk[m]])));
  return createHash('sha256').update(json).digest('base64url');
}

function es256(payload: object, key: KeyObject): string {
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(nodeSign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }))}`;
}

test('issue 12: Generate key puts a private RSA JWK for an RS256 token in the Key box and shows its thumbprint', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await paste(page, rs256({}, claims()));
  await expect(page.getByText("for RS256, the token's alg")).toBeVisible();
  const started = requests.length;
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(formats(page).getByTestId('key-made-here')).toBeVisible();
  const jwk = JSON.parse((await keyBox(page).textContent()) ?? '');
  expect(jwk.kty).toBe('RSA');
  expect(typeof jwk.d).toBe('string');
  const expected = thumbprint(createPublicKey({ key: jwk, format: 'jwk' }));
  await expect(formats(page).getByTestId('key-thumbprint')).toHaveText(expected);
  await expect(formats(page).getByRole('textbox', { name: 'PKCS#8 PEM' })).toHaveValue(/BEGIN PRIVATE KEY/);
  // Only the lazily loaded script of the page's own origin, nothing else.
  expect(requests.slice(started).filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('issue 12: a pasted ES256 public key shows the thumbprint Node computes', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await paste(page, es256(claims(), privateKey));
  await paste(page, publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'Key');
  await page.getByRole('button', { name: 'Show key formats' }).click();
  await expect(formats(page).getByTestId('key-thumbprint')).toHaveText(thumbprint(publicKey));
  await expect(formats(page).getByRole('textbox', { name: 'SPKI PEM' })).toHaveValue(/BEGIN PUBLIC KEY/);
  await expect(formats(page).getByRole('textbox', { name: 'Private JWK' })).toHaveCount(0);
});

test('issue 12: with no token, the Key type menu picks the key made', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Key type' }).selectOption({ label: 'Ed25519' });
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(formats(page).getByTestId('key-thumbprint')).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  const jwk = JSON.parse((await keyBox(page).textContent()) ?? '');
  expect([jwk.kty, jwk.crv, typeof jwk.d]).toEqual(['OKP', 'Ed25519', 'string']);
});

test('issue 12: key text that is not a key shows why in Key formats', async ({ page }) => {
  await paste(page, '-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----', 'Key');
  await page.getByRole('button', { name: 'Show key formats' }).click();
  await expect(formats(page).getByTestId('key-formats-error')).not.toBeEmpty();
  await expect(formats(page).getByTestId('key-thumbprint')).toHaveCount(0);
});

test('issue 12: an RSA 4096 key shows a busy button while it is made, then fills the Key box', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Key type' }).selectOption({ label: 'RSA 4096' });
  const button = page.getByRole('button', { name: /Generate key/ });
  // Record every aria-busy value the button takes, so the check does not race the generation.
  await button.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { busySeen: string[] }).busySeen = seen;
    new MutationObserver(() => seen.push(el.getAttribute('aria-busy') ?? '')).observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  await button.click();
  await expect(formats(page).getByTestId('key-thumbprint')).not.toBeEmpty({ timeout: 20_000 });
  const jwk = JSON.parse((await keyBox(page).textContent()) ?? '');
  expect(Buffer.from(jwk.n, 'base64url').length * 8).toBe(4096);
  expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toEqual(['true', 'false']);
  await expect(button).toHaveAccessibleName('Generate key');
});
