// Issue 4: paste, type or drop a token and see it decoded: segments coloured, findings
// underlined, header and payload shown, whatever was stripped said, garbage handled calmly.
import { test, expect } from '@playwright/test';
import { claims, expectStatus, fillEditor, hs256, nowSeconds, open, paste, shownRules, tokenBox, verdict } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

test('the empty page explains itself and keeps every panel', async ({ page }) => {
  await expect(verdict(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Header' })).toContainText(/header/i);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText(/claims/i);
  await expect(page.locator('[data-rule]')).toHaveCount(0);
});

test('typing a token decodes it, colours its segments and lists its findings', async ({ page }) => {
  // Paste the header, type the rest key by key.
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'typed-user' }, 'a-secret-nobody-would-guess-0193');
  const cut = token.indexOf('.') + 1;
  await paste(page, token.slice(0, cut));
  await tokenBox(page).press('End');
  await tokenBox(page).pressSequentially(token.slice(cut), { delay: 0 });
  await expectStatus(page, 'no-key');
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('typed-user');
  for (const seg of ['header', 'payload', 'signature']) {
    await expect(page.locator(`.cm-seg-${seg}`).first()).toBeVisible();
  }
  // Decoding is not verifying: with no key the app says the signature was not checked. (The
  // findings list follows the verdict a few tasks later: until then it may still show those of
  // a half-typed token.)
  await expect.poll(() => shownRules(page)).toContain('sig-not-verified');
  await expect(page.locator('[data-rule="sig-not-verified"]')).toHaveAttribute('data-severity', 'info');
  await expect(page.locator('[data-claim="sub"]')).toContainText('typed-user');
});

test('a pasted Authorization header is stripped and the stripping is said', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'x'.repeat(40));
  await page.evaluate((t) => navigator.clipboard.writeText(t), `Bearer ${token}`);
  await tokenBox(page).click();
  await page.keyboard.press('ControlOrMeta+V');
  await expectStatus(page, 'no-key');
  await expect(page.getByTestId('stripped')).toBeVisible();
  await expect(page.locator('[data-rule="input-auth-scheme-prefix"]')).toBeVisible();
});

test('dropping a file on the token editor loads its text', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'dropped-user' }, 'x'.repeat(40));
  const content = tokenBox(page);
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([`${t}\n`], 'token.txt', { type: 'text/plain' }));
    return dt;
  }, token);
  await content.dispatchEvent('drop', { dataTransfer });
  await expectStatus(page, 'no-key');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('dropped-user');
});

test('findings are underlined in the token with the message on hover', async ({ page }) => {
  // Padding in a segment is a finding with a range in the token text.
  const token = `eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.`;
  await fillEditor(tokenBox(page), token);
  await expect(page.locator('[data-rule="b64-padding"]')).toBeVisible();
  const underline = page.locator('.cm-lintRange-warning, .cm-lintRange-error').first();
  await expect(underline).toBeVisible();
  await expect(page.locator('.cm-lint-marker').first()).toBeVisible();
  await underline.hover();
  await expect(page.locator('.cm-tooltip .cm-diagnostic').first()).toBeVisible();
});

test('half a token shows what could be decoded and a calm reason', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'half' }, 'x'.repeat(40));
  await fillEditor(tokenBox(page), token.slice(0, token.indexOf('.') + 6));
  await expectStatus(page, 'malformed');
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect(page.locator('[data-severity="error"]').first()).toBeVisible();
  await expect(verdict(page)).not.toBeEmpty();
});

test('5 MB of garbage returns promptly and the page stays usable', async ({ page }) => {
  test.slow(); // megabytes through a real editor on a shared CI machine
  const garbage = 'not a token! '.repeat(400_000);
  await paste(page, garbage);
  await expectStatus(page, 'malformed');
  await expect(page.locator('[data-severity="error"]').first()).toBeVisible({ timeout: 10_000 });
  // Still responsive: clearing works.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-rule]')).toHaveCount(0);
});

test('the editing keys and undo work in the token editor', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'undo-user' }, 'a-secret-nobody-would-guess-0193');
  await paste(page, token);
  await expectStatus(page, 'no-key');
  // A stray character breaks the signature; Backspace takes it away again.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('!');
  await expectStatus(page, 'malformed');
  await page.keyboard.press('Backspace');
  await expectStatus(page, 'no-key');
  // Cleared with the "x" shortcut by mistake: undo in the token editor brings it back (the
  // browser's own undo knows nothing of a change made by the app).
  await page.getByRole('heading', { name: 'Encoded token' }).click();
  await page.keyboard.press('x');
  await expect(page.locator('[data-rule]')).toHaveCount(0);
  await page.keyboard.press('t');
  await page.keyboard.press('ControlOrMeta+Z');
  await expectStatus(page, 'no-key');
});

test('markup inside a token is shown as text and never runs', async ({ page }) => {
  const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const token = hs256({ alg: 'HS256', typ: 'JWT', kid: evil }, { sub: evil, name: evil, roles: [evil] }, 'x'.repeat(40));
  await fillEditor(tokenBox(page), token);
  await expectStatus(page, 'no-key');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('<img src=x');
  await expect(page.locator('[data-claim="sub"]')).toContainText('<script>');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[onerror], main script').count()).toBe(0);
});

test('a 1 MB token is decoded and stays editable', async ({ page }) => {
  test.slow();
  const big = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'big', blob: 'A'.repeat(780_000) }, 'x'.repeat(40));
  expect(big.length).toBeGreaterThan(1_000_000);
  await paste(page, big);
  await expectStatus(page, 'no-key');
  await expect(page.locator('[data-rule="token-size-large"]')).toBeVisible();
  // Typing after it still updates the verdict: a stray character breaks the signature segment.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('!');
  await expectStatus(page, 'malformed');
});

test('a large payload gets its colours and finding marks, and a small one after it too', async ({ page }) => {
  const payload = page.getByRole('region', { name: 'Payload' });
  const groups = Array.from({ length: 4000 }, (_, i) => `group-${i}-engineering`);
  const now = nowSeconds();
  const large = { sub: 'u', admin: true, iat: now - 3600, exp: now - 90, groups }; // expired, unless the leeway is over 90 s
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, large, 'x'.repeat(40)));
  await expect(page.locator('[data-rule="exp-expired"]')).toBeVisible();
  await expect(payload.locator('.cm-json-key').first()).toBeVisible();
  await expect(payload.locator('.cm-lintRange').first()).toBeVisible();
  // A re-inspection of the same token (here: a new leeway) keeps the colours on throughout.
  await payload.locator('.editor-root').evaluate((root) => {
    const w = window as unknown as { __lostColours?: boolean };
    w.__lostColours = false;
    new MutationObserver(() => {
      if (!root.shadowRoot!.querySelector('.cm-json-key')) w.__lostColours = true;
    }).observe(root.shadowRoot!, { childList: true, subtree: true, attributes: true });
  });
  await page.getByLabel('Leeway (seconds)').fill('120');
  // The findings list updates after the decoded views: once it has, the payload view has too.
  await expect(page.locator('[data-rule="exp-expired"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __lostColours?: boolean }).__lostColours)).toBe(false);
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'small', admin: true }, 'x'.repeat(40)));
  await expect(payload).toContainText('"small"');
  await expect(payload.locator('.cm-json-key').first()).toBeVisible();
  await expect(payload.locator('.cm-lintRange').first()).toBeVisible();
});

test('issue 16: a callback URL with access_token and id_token shows the id_token and offers the access_token', async ({ page }) => {
  const secret = 'x'.repeat(40);
  const id = hs256({ alg: 'HS256', typ: 'JWT' }, claims({ aud: 'client', nonce: 'n-1' }), secret);
  const access = hs256({ alg: 'HS256', typ: 'at+jwt' }, claims({ client_id: 'client', scope: 'read' }), secret);
  await paste(page, `https://app.example/cb#access_token=${access}&token_type=Bearer&id_token=${id}&state=s1`);
  await expectStatus(page, 'no-key');
  await expect(page.locator('[data-claim="nonce"]')).toBeVisible();
  const others = page.getByRole('group', { name: 'Other tokens in the paste' });
  const button = others.getByRole('button', { name: 'Inspect access_token instead' });
  await expect(button).toHaveAttribute('data-alternative', 'access_token');
  await button.click();
  // The access token alone is now in the Token box: nothing stripped, no other token offered.
  await expect(tokenBox(page)).toHaveText(access);
  await expect(page.locator('[data-claim="scope"]')).toBeVisible();
  await expect(others).toHaveCount(0);
  await expect(page.getByTestId('stripped')).toHaveCount(0);
});

test('issue 16: a token pasted twice is that token, and the note says a copy was removed', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'x'.repeat(40));
  await paste(page, `${token}${token}\n`);
  await expectStatus(page, 'no-key');
  await expect(page.getByTestId('stripped').locator('[data-stripped="repeated-token"]')).toBeVisible();
  await expect(page.getByTestId('stripped').locator('[data-stripped="whitespace"]')).toBeVisible();
  await expect.poll(() => shownRules(page)).toContain('input-surrounding-noise');
  expect(await shownRules(page)).not.toContain('jwe-compact');
  await expect(page.getByRole('group', { name: 'Other tokens in the paste' })).toHaveCount(0);
});

test('issue 16: two different tokens pasted together offer the second one', async ({ page }) => {
  const first = hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'first-user' }), 'x'.repeat(40));
  const second = hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'second-user' }), 'x'.repeat(40));
  await paste(page, `${first}\n${second}`);
  await expect(page.locator('[data-claim="sub"]')).toContainText('first-user');
  await page.getByRole('button', { name: 'Inspect token 2 instead' }).click();
  await expect(page.locator('[data-claim="sub"]')).toContainText('second-user');
  await expect(tokenBox(page)).toHaveText(second);
});

test('issue 16: a curl command gives its token', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'curl-user' }), 'x'.repeat(40));
  await paste(page, `curl -X GET \\\n  'https://api.example/orders' \\\n  -H "Authorization: Bearer ${token}" \\\n  -H 'Accept: application/json'`);
  await expectStatus(page, 'no-key');
  await expect(page.locator('[data-claim="sub"]')).toContainText('curl-user');
  await expect(page.getByTestId('stripped').locator('[data-stripped="curl-command"]')).toBeVisible();
  await expect(page.getByTestId('stripped').locator('[data-stripped="auth-scheme"]')).toBeVisible();
});
