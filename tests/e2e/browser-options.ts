// The one place that says which Chromium the end-to-end tests launch and with which flags.
// playwright.config.ts uses it for every page test; specs that need their own browser (a
// persistent profile for the installability check) launch with exactly the same options.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// Debian's Chromium where it is installed (CI and our machines cannot download browsers);
// elsewhere Playwright's own browser (`npx playwright install chromium`).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const launchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export const port = Number(process.env.E2E_PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}`;
