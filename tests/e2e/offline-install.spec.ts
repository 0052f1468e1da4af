// Installability (issue 5): Chromium's own check, as the omnibox install icon uses it. It needs
// a persistent (non-incognito) profile, so this spec launches its own browser with the shared
// launch options instead of Playwright's default incognito context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { launchOptions } from './browser-options';
import { controlledByServiceWorker } from './offline-fixtures';

test('issue-5: Chromium finds the app installable (no installability errors)', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'jwt-inspector-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await controlledByServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
