// Issue 15: the page on large input that does not come as a paste event, and the staged work
// after a large paste. (The timings themselves are bench figures: npm run bench, parts
// `throttled` and `typed`.)
import { test, expect } from '@playwright/test';
import { claims, expectStatus, open, paste, publicPem, rs256, tokenBox } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

const bigToken = (groups: number) =>
  rs256({ alg: 'RS256', typ: 'JWT' }, claims({ groups: Array.from({ length: groups }, (_, i) => `grp-${i}-engineering`) }));

test('issue 15: a large token inserted as typed text goes in as one edit, whole, and is verified', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const token = bigToken(4000); // about 120 KB
  await paste(page, publicPem(), 'Key');
  // Whether the page took the insertion over (the browser then writes nothing into the editor).
  await page.evaluate(() => {
    (window as { __taken?: boolean[] }).__taken = [];
    document.addEventListener('beforeinput', (e) => (window as { __taken?: boolean[] }).__taken!.push(e.defaultPrevented));
  });
  await tokenBox(page).click();
  await page.keyboard.insertText(token); // CDP Input.insertText: what an IME or a typing tool sends
  await expectStatus(page, 'valid');
  // The editor draws only the part of a long line on screen; the copy holds the whole text.
  await page.getByRole('button', { name: 'Copy token' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText()) === token).toBe(true);
  expect(await page.evaluate(() => (window as { __taken?: boolean[] }).__taken)).toEqual([true]);
  // Typing a character after it is still CodeMirror's own input, and breaks the signature.
  await tokenBox(page).press('ControlOrMeta+End');
  await page.keyboard.type('x');
  await expectStatus(page, 'invalid');
  expect(await page.evaluate(() => (window as { __taken?: boolean[] }).__taken)).toEqual([true, false]);
});

test('issue 15: after a 400 KB paste the decoded payload, the findings and the claims all arrive', async ({ page }) => {
  const token = bigToken(14_000);
  await paste(page, publicPem(), 'Key');
  await paste(page, token);
  await expectStatus(page, 'valid');
  // Coloured on screen only (light-json.ts): its first lines, with member names marked.
  const payload = page.getByRole('textbox', { name: 'Payload JSON' });
  await expect(payload).toContainText('"grp-0-engineering"');
  await expect(payload.locator('.cm-json-key').first()).toHaveText('"iss"');
  await expect(page.locator('#findings')).toContainText('(');
  await expect(page.getByRole('button', { name: 'Copy claim sub' })).toBeVisible();
});

test('issue 15: a large payload that arrives while its view is scrolled out of sight draws only its first lines', async ({ page }) => {
  // CodeMirror keeps the viewport of a view it cannot see; replacing the whole text stretched it
  // over the new text, so all 14,000 lines were drawn and laid out at once (a task of 1-2 s).
  await page.setViewportSize({ width: 1000, height: 300 });
  await paste(page, publicPem(), 'Key');
  const payload = page.getByRole('textbox', { name: 'Payload JSON' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => payload.evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
  await paste(page, bigToken(14_000));
  await expectStatus(page, 'valid');
  await expect(payload).toContainText('"iss"');
  expect(await payload.locator('.cm-line').count()).toBeLessThan(500);
  // Scrolled into sight, it draws the lines on screen.
  await payload.scrollIntoViewIfNeeded();
  await expect(payload).toContainText('"grp-0-engineering"');
});

for (const groups of [700, 2_000]) {
  test(`issue 15: a ${groups}-line payload that arrives out of sight draws only its first lines too`, async ({ page }) => {
    // Not only large texts: any whole-text replacement in an unseen view drew every line (a 64 KB
    // token: 2,400 lines, a task of 50-220 ms, and as long again when the parser's colours came).
    await page.setViewportSize({ width: 1000, height: 300 });
    await paste(page, publicPem(), 'Key');
    const payload = page.getByRole('textbox', { name: 'Payload JSON' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => payload.evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
    await paste(page, bigToken(groups));
    await expectStatus(page, 'valid');
    await expect(payload).toContainText('"iss"');
    expect(await payload.locator('.cm-line').count()).toBeLessThan(groups / 4);
    await payload.scrollIntoViewIfNeeded();
    await expect(payload).toContainText('"grp-0-engineering"');
  });
}
