// Issue 12, "Edit and re-sign": Edit makes the Header and Payload editable; every edit is signed
// with the Key box's key and written to the Token box, whose verdict follows. The produced
// tokens are checked with Node's crypto (independent of ours), and their segments decode to
// exactly the text typed.
import { createHmac, generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { b64url, claims, expectStatus, hs256, keyBox, open, paste, publicPem, rs256, shownRules, tokenBox } from './app-fixtures';

const SECRET = 'a-string-secret-at-least-256-bits-long';
const editor = (page: Page, part: 'Header' | 'Payload') => page.getByRole('textbox', { name: `${part} JSON`, exact: true });
const status = (page: Page) => page.getByTestId('edit-status');
const segments = async (page: Page) => ((await tokenBox(page).textContent()) ?? '').split('.');
const decoded = (segment: string | undefined) => Buffer.from(segment ?? '', 'base64url').toString('utf8');

/** Replaces the editor's whole text, as typing over a selection does. */
async function typeOver(page: Page, part: 'Header' | 'Payload', text: string) {
  const box = editor(page, part);
  await box.click();
  await box.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

async function editHs256(page: Page) {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), SECRET));
  await paste(page, SECRET, 'Key');
  await expectStatus(page, 'valid');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(editor(page, 'Payload')).toBeVisible();
}

test.beforeEach(async ({ page }) => open(page));

test('issue 12: an edit of the payload re-signs the token with exactly the typed text', async ({ page }) => {
  await editHs256(page);
  const typed = `{ "sub": "edited-user",  "n": 12345678901234567890, "exp": ${Math.floor(Date.now() / 1000) + 600} }`;
  await typeOver(page, 'Payload', typed);
  await expect.poll(async () => decoded((await segments(page))[1])).toBe(typed);
  await expectStatus(page, 'valid');
  await expect(status(page)).toHaveAttribute('data-status', 'signed');
  const [h, p, s] = await segments(page);
  expect(s).toBe(createHmac('sha256', SECRET).update(`${h}.${p}`).digest('base64url'));
  expect(decoded(h)).toBe('{"alg":"HS256","typ":"JWT"}'); // the header as it was in the token
  // What changed against the pasted token, and that the old signature is gone.
  const changes = page.getByTestId('edit-changes');
  await expect(changes.locator('[data-member="sub"][data-change="changed"]')).toBeVisible();
  await expect(changes.locator('[data-member="n"][data-change="added"]')).toBeVisible();
  await expect(changes.locator('[data-member="iss"][data-change="removed"]')).toBeVisible();
  await expect(page.getByTestId('edit-resigned')).toBeVisible();
});

test('issue 12: invalid JSON keeps the last good token, marks the error and keeps the edit', async ({ page }) => {
  await editHs256(page);
  await typeOver(page, 'Payload', '{"sub":"good"}');
  await expect.poll(async () => decoded((await segments(page))[1])).toBe('{"sub":"good"}');
  const good = await tokenBox(page).textContent();
  const payload = editor(page, 'Payload');
  await payload.press('ControlOrMeta+End');
  await page.keyboard.insertText(',');
  await expect(status(page)).toHaveAttribute('data-code', 'json-invalid');
  await expect(page.getByRole('region', { name: 'Payload', exact: true }).locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(payload).toHaveText('{"sub":"good"},');
  expect(await tokenBox(page).textContent()).toBe(good);
  await expectStatus(page, 'valid');
});

test('issue 12: alg none typed in the header gives an unsecured token, said plainly and flagged', async ({ page }) => {
  await editHs256(page);
  await typeOver(page, 'Header', '{"alg":"none"}');
  await expect.poll(async () => (await segments(page))[2]).toBe('');
  await expect(status(page)).toHaveAttribute('data-status', 'signed');
  await expect(status(page)).toHaveClass(/text-rose/);
  await expectStatus(page, 'unsecured');
  await expect.poll(() => shownRules(page)).toContain('alg-none');
});

test('issue 12: quick actions change only their member: alg among the key\'s, iat, exp', async ({ page }) => {
  await editHs256(page);
  await typeOver(page, 'Payload', '{"sub": "x"}');
  await page.getByRole('combobox', { name: 'alg' }).selectOption('HS384');
  await expect(editor(page, 'Header')).toHaveText('{"alg":"HS384","typ":"JWT"}');
  await page.getByRole('button', { name: 'Set iat to now' }).click();
  const group = page.getByRole('group', { name: 'Set exp to now plus' });
  await group.getByRole('spinbutton', { name: 'How many' }).fill('2');
  await group.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'hours' });
  await group.getByRole('button', { name: /^Set exp/ }).click();
  await expect(editor(page, 'Payload')).toHaveText(/^\{"sub": "x", "iat": \d+, "exp": \d+\}$/);
  const [h, p, s] = await segments(page);
  const body = JSON.parse(decoded(p));
  expect(body.exp - body.iat).toBeGreaterThanOrEqual(7199);
  expect(body.exp - body.iat).toBeLessThanOrEqual(7201);
  expect(decoded(h)).toBe('{"alg":"HS384","typ":"JWT"}');
  expect(s).toBe(createHmac('sha384', SECRET).update(`${h}.${p}`).digest('base64url'));
  await expectStatus(page, 'valid');
});

test('issue 12: a public key alone cannot sign; Generate a key makes one and re-signs', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await paste(page, publicPem(), 'Key');
  await expectStatus(page, 'valid');
  const pasted = await tokenBox(page).textContent();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await typeOver(page, 'Payload', '{"sub":"needs-a-private-key"}');
  await expect(status(page)).toHaveAttribute('data-code', 'public-key-only');
  expect(await tokenBox(page).textContent()).toBe(pasted);
  await page.getByRole('button', { name: 'Generate a key for RS256' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'signed', { timeout: 20_000 });
  expect(JSON.parse((await keyBox(page).textContent()) ?? '').kty).toBe('RSA');
  expect(decoded((await segments(page))[1])).toBe('{"sub":"needs-a-private-key"}');
  await expectStatus(page, 'valid');
});

test('issue 12: an ES256 token is re-signed with its PKCS#8 key and verifies with Node', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const input = `${b64url('{"alg":"ES256","typ":"JWT"}')}.${b64url(JSON.stringify(claims()))}`;
  const { sign } = await import('node:crypto');
  await paste(page, `${input}.${b64url(sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }))}`);
  await paste(page, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'Key');
  await expectStatus(page, 'valid');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await typeOver(page, 'Payload', '{\n  "sub": "es-user"\n}');
  await expect.poll(async () => decoded((await segments(page))[1])).toBe('{\n  "sub": "es-user"\n}');
  const [h, p, s] = await segments(page);
  expect(nodeVerify('sha256', Buffer.from(`${h}.${p}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(s!, 'base64url'))).toBe(true);
  await expectStatus(page, 'valid');
});

test('issue 12: with no token, Edit mints one for the key in the Key box', async ({ page }) => {
  await paste(page, SECRET, 'Key');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'signed');
  const [h] = await segments(page);
  expect(decoded(h)).toBe('{"alg":"HS256","typ":"JWT"}');
  await expectStatus(page, 'valid');
});

test('issue 12: Edit is reachable by keyboard, typing re-signs, and a new token in the Token box ends edit mode', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'k' }, SECRET));
  await paste(page, SECRET, 'Key');
  await expectStatus(page, 'valid');
  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  for (let i = 0; i < 30 && !(await edit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page, 'Payload')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(',"x":1');
  await expect.poll(async () => decoded((await segments(page))[1])).toBe('{"sub":"k","x":1}');
  await expectStatus(page, 'valid');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'other' }, SECRET));
  await expect(page.getByTestId('edit-mode')).toHaveCount(0);
  await expect(edit).toBeVisible();
});

test('issue 12: edit mode has no axe violations, in light and dark', async ({ page }) => {
  await editHs256(page);
  await typeOver(page, 'Payload', '{"sub":"a11y"');
  await expect(status(page)).toHaveAttribute('data-status', 'error');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

// RFC 9901 §5.2 presentation and the App. A.5 issuer key with its private part (RFC 9901, IETF
// Trust licence; the same key is in oauth-wg/oauth-sd-jwt-vc examples/settings.yml, CC0).
const SD = JSON.parse(readFileSync(new URL('../vectors/sd-jwt/rfc9901-examples.json', import.meta.url), 'utf8')) as { issuerKey: object; examples: { text: string }[] };
const SD_ISSUER_PRIVATE = JSON.stringify({ ...SD.issuerKey, d: 'Ur2bNKuBPOrAaxsRnbSH6hIhmNTxSGXshDSUD1a1y7g' });

test('issue 14: Edit on a pasted SD-JWT+KB keeps the token until the first edit, then re-signs the issuer JWT with its Disclosures and without the KB-JWT', async ({ page }) => {
  const token = SD.examples[0]!.text;
  const [issuer, ...rest] = token.split('~');
  const disclosures = rest.slice(0, -1); // the last element is the KB-JWT
  await paste(page, token);
  await paste(page, SD_ISSUER_PRIVATE, 'Key');
  await expectStatus(page, 'valid');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  // The editors hold the issuer-signed JWT's header and payload; the Token box is untouched.
  await expect(editor(page, 'Payload')).toContainText('"_sd"');
  await expect(tokenBox(page)).toHaveText(token);
  const payload = JSON.parse(decoded(issuer!.split('.')[1])) as Record<string, unknown>;
  await typeOver(page, 'Payload', JSON.stringify({ ...payload, edited: true }));
  await expect(status(page)).toHaveAttribute('data-status', 'signed');
  await expect(status(page)).toHaveAttribute('data-kb-dropped', 'true');
  await expect.poll(async () => (await tokenBox(page).textContent())?.split('~').slice(1)).toEqual([...disclosures, '']);
  const jwt = ((await tokenBox(page).textContent()) ?? '').split('~')[0]!;
  expect(jwt).not.toBe(issuer);
  expect(JSON.parse(decoded(jwt.split('.')[1]))).toEqual({ ...payload, edited: true });
  await expectStatus(page, 'valid');
  const region = page.getByRole('region', { name: /Disclosures/ });
  await expect(region.locator('[data-disclosure]')).toHaveCount(disclosures.length);
  await expect(region.locator('[data-referenced="false"]')).toHaveCount(0);
  await expect(page.getByTestId('sd-claims')).toContainText('"edited": true');
});
