// Issue 4: the rest of what a user does: copy, samples, show in token, themes, the shortcuts
// overlay, keyboard use, nested tokens, JWE, and a phone-sized screen.
import { test, expect } from '@playwright/test';
import { claims, expectStatus, hs256, open, paste, tokenBox } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

test('copy buttons put the token, the header JSON and a claim on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'copy-me' }), 'x'.repeat(40));
  await paste(page, `Bearer ${token}`);
  await expectStatus(page, 'no-key');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Copy token' }).click();
  expect(await clipboard()).toBe(token);
  await page.getByRole('button', { name: 'Copy header JSON' }).click();
  expect(JSON.parse(await clipboard())).toEqual({ alg: 'HS256', typ: 'JWT' });
  await page.getByRole('button', { name: 'Copy payload JSON' }).click();
  expect(JSON.parse(await clipboard()).sub).toBe('copy-me');
  await page.getByRole('button', { name: 'Copy claim sub' }).click();
  expect(await clipboard()).toBe('copy-me');
});

test('issue 16: "Copy" on a claim copies a string without its JSON quotes, anything else as JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const extra = { sub: 'say "hi"', cnf: { jkt: 'abc' }, roles: ['a', 'b'], n: 1.50 };
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(extra), 'x'.repeat(40)));
  await expectStatus(page, 'no-key');
  const copied = async (name: string) => {
    await page.getByRole('button', { name: `Copy claim ${name}` }).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  expect(await copied('sub')).toBe('say "hi"');
  expect(JSON.parse(await copied('cnf'))).toEqual({ jkt: 'abc' });
  expect(JSON.parse(await copied('roles'))).toEqual(['a', 'b']);
  expect(await copied('n')).toBe('1.5');
});

const SAMPLES: [string, string[]][] = [
  ['rs256', ['valid']],
  ['jwks', ['valid']],
  ['weak', ['no-key', 'valid']],
  ['none', ['unsecured']],
  ['expired', ['valid']],
  ['embedded', ['no-key', 'valid', 'invalid']],
  ['jwe', ['encrypted']],
];

for (const [id, statuses] of SAMPLES) {
  test(`sample "${id}" loads with its key and gets its verdict`, async ({ page }) => {
    await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption(id);
    // The findings list has rendered (the ES256 sample may have none: its signature's S is random,
    // so ecdsa-high-s comes and goes).
    await expect(page.locator('[data-rule]').or(page.getByText('No findings.')).first()).toBeVisible();
    const status = await page.getByTestId('signature-status').getAttribute('data-status');
    expect(statuses).toContain(status);
    if (id === 'expired') await expect(page.getByTestId('time-status')).toHaveAttribute('data-status', 'expired');
    if (id === 'weak') await expect(page.locator('[data-rule="hmac-secret-weak"]')).toHaveAttribute('data-severity', 'error');
    if (id === 'embedded') await expect(page.locator('[data-rule="self-verified-only"]')).toBeVisible();
    // Anyone can sign these: the verdict says so whatever the signature status is.
    if (id === 'weak' || id === 'embedded') await expect(page.getByTestId('signature-status')).toHaveAttribute('data-trust', 'untrusted');
    if (id === 'jwks') await expect(page.locator('[data-testid="key-choice"][data-outcome="verified"]')).toHaveCount(1);
    if (id === 'jwe') await expect(page.getByRole('region', { name: 'Header', exact: true })).toContainText('A256GCM');
  });
}

test('"show in token" selects the finding\'s range in the token editor', async ({ page }) => {
  await paste(page, 'eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.');
  const finding = page.locator('[data-rule="b64-padding"]');
  await finding.getByRole('button', { name: /Show in token/ }).click();
  await expect(tokenBox(page)).toBeFocused();
  const selected = await tokenBox(page).evaluate((el) => (el.getRootNode() as unknown as { getSelection(): Selection }).getSelection().toString());
  expect(selected.length).toBeGreaterThan(0);
  expect('eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.').toContain(selected);
});

test('"show in payload" selects the claim in the payload view', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'u', admin: true }, 'x'.repeat(40)));
  const button = page.locator('[data-rule="privileged-claims"]').getByRole('button', { name: 'Show in payload' });
  await button.click();
  const region = page.getByRole('region', { name: 'Payload' });
  const selected = await region.getByRole('textbox').evaluate((el) => (el.getRootNode() as unknown as { getSelection(): Selection }).getSelection().toString());
  expect(selected).toContain('admin');
});

test('the theme follows the system and the toggle switches it without storing anything', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByTestId('theme-toggle');
  await toggle.click(); // light
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await toggle.click(); // dark
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('"?" opens the keyboard shortcuts, Escape closes them, single keys move focus', async ({ page }) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('t');
  await expect(tokenBox(page)).toBeFocused();
  // Typing in the editor does not trigger shortcuts.
  await page.keyboard.type('?');
  await expect(dialog).toBeHidden();
});

test('everything is reachable with the keyboard: Tab leaves the token editor', async ({ page }) => {
  await tokenBox(page).focus();
  await page.keyboard.press('Tab');
  await expect(tokenBox(page)).not.toBeFocused();
});

test('a JWT inside a claim is shown as a nested token with its own verdict', async ({ page }) => {
  const inner = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'inner-user' }, 'y'.repeat(40));
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims({ id_token: inner }), 'x'.repeat(40)));
  const nested = page.getByTestId('nested-token');
  await expect(nested).toHaveCount(1);
  await expect(nested.getByTestId('nested-signature-status')).toHaveAttribute('data-status', 'no-key');
  await expect(nested).toContainText('inner-user');
});

test('on a phone-sized screen nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole('combobox', { name: 'Load a sample token' }).selectOption('rs256');
  await expectStatus(page, 'valid');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
