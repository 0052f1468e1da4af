// The Content-Security-Policy as the browser gets it (issue 5): the served page carries exactly
// the expected policy, and Chromium enforces it (a fetch, an inline script and an injected
// <style> are refused), while the app itself runs with no violation.
import { expect, test } from '@playwright/test';
import { expectedPagePolicy, parsePolicy, weakSources } from '../unit/build/policy';
import { expectVerdict, fill, recordCspViolations, rsaCase } from './offline-fixtures';

test('issue-5: the served page carries exactly the expected policy, nothing weaker', async ({ page }) => {
  await page.goto('/');
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(metas).toHaveCount(1);
  const policy = parsePolicy((await metas.getAttribute('content')) ?? '');
  expect(policy).toEqual(expectedPagePolicy);
  expect(weakSources(policy)).toEqual([]);
});

test('issue-5: Chromium refuses a fetch, an inline script and an injected <style>', async ({ page, context }) => {
  const violations = await recordCspViolations(context);
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const fetched = await fetch('/manifest.webmanifest').then(
      () => 'fetched',
      () => 'refused',
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 100));
    return {
      fetched,
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      styled: getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)',
    };
  });
  expect(outcome).toEqual({ fetched: 'refused', inlineRan: false, styled: false });
  const seen = (await violations()).join('\n');
  for (const directive of ['connect-src', 'script-src', 'style-src']) expect(seen).toContain(directive);
});

test('issue-5: the app itself runs under the policy without a single violation', async ({ page, context }) => {
  const violations = await recordCspViolations(context);
  await page.goto('/');
  const { token, key } = rsaCase();
  await fill(page, 'Token', token);
  await fill(page, 'Key', key);
  await expectVerdict(page, 'valid');
  await page.getByTestId('privacy-note').locator('summary').click();
  expect(await violations()).toEqual([]);
});
