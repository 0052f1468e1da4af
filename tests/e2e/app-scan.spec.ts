// Issue 4: weak-secret search. A wordlist picked or dropped runs in a Web Worker with a progress
// bar, a rate and cancel, and the page keeps responding meanwhile.
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { b64url, claims, expectStatus, hs256, open, paste, rs256 } from './app-fixtures';

// Read in place from the shared test data (repo root's sibling), never copied into the repo.
const SHARED_LIST = resolve('../shared/wordlists/jwt.secrets.list');

function wordlist(): { lines: string[]; name: string } {
  if (existsSync(SHARED_LIST)) return { lines: readFileSync(SHARED_LIST, 'utf8').split(/\r?\n/), name: 'jwt.secrets.list' };
  console.warn(`${SHARED_LIST} not found: scanning a small generated list instead`);
  return { lines: Array.from({ length: 5000 }, (_, i) => `candidate-${i}`), name: 'generated.list' };
}

test.beforeEach(async ({ page }) => open(page));

/** Drop a small wordlist on the drop zone. */
async function dropList(page: Page, words: string[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'small.list', { type: 'text/plain' }));
    return dt;
  }, words.join('\n'));
  await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
}

test('a wordlist finds the secret, with progress, and the secret can be used as the key', async ({ page }) => {
  test.slow();
  const { lines, name } = wordlist();
  const secret = lines[Math.floor(lines.length * 0.9)]!;
  // Make the list long enough that progress is visible before it finishes.
  const padded = [...Array.from({ length: 300_000 }, (_, i) => `pad-${i}`), ...lines].join('\n');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), secret));
  await expectStatus(page, 'no-key');
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(padded) });
  const scan = page.getByTestId('scan-status');
  await expect(scan).toHaveAttribute('data-status', 'running');
  await expect(page.getByRole('progressbar', { name: 'Scan progress' })).toBeVisible();
  await expect(page.getByTestId('scan-rate')).toContainText(/per second/);
  // The page still answers while the worker scans.
  await page.getByTestId('theme-toggle').click();
  await expect(scan).toHaveAttribute('data-status', 'found', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Use it as the key' }).click();
  await expectStatus(page, 'valid');
});

test('a wordlist dropped on the drop zone is scanned', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'hunter2'));
  await dropList(page, ['password', '123456', 'hunter2', 'letmein', '']);
  await expect(page.getByTestId('scan-status')).toHaveAttribute('data-status', 'found');
});

test('issue 11: the scan worker loads only the search, not the whole core (under 40 KB)', async ({ page }) => {
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'hunter2'));
  const worker = page.waitForResponse((r) => /\/scan-worker-[^/]*\.js$/.test(r.url()));
  await page.locator('input[type="file"]').setInputFiles({ name: 'small.list', mimeType: 'text/plain', buffer: Buffer.from('hunter2\n') });
  await expect(page.getByTestId('scan-status')).toHaveAttribute('data-status', 'found');
  // The response may come from the service worker, which keeps no body: fetch the same file.
  const body = await (await page.request.get((await worker).url())).body();
  // With every rule in it (the whole core) the chunk was about 230 KB.
  expect(body.length).toBeLessThan(40_000);
});

test('a scan can be cancelled', async ({ page }) => {
  test.slow();
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'not-in-the-list-8d1f0c'));
  const big = Array.from({ length: 1_500_000 }, (_, i) => `word-${i}`).join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'big.list', mimeType: 'text/plain', buffer: Buffer.from(big) });
  const scan = page.getByTestId('scan-status');
  await expect(scan).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(scan).toHaveAttribute('data-status', 'cancelled');
});

test('a token that is not HMAC-signed has no secret to search for', async ({ page }) => {
  await paste(page, 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.');
  await expectStatus(page, 'unsecured');
  await expect(page.locator('input[type="file"]')).toHaveCount(0);
});

test('issue 16: a secret found belongs to its token: another token, even RS256, clears it', async ({ page }) => {
  const scan = page.getByTestId('scan-status');
  const use = page.getByRole('button', { name: 'Use it as the key' });
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'hunter2'));
  await dropList(page, ['password', 'hunter2']);
  await expect(scan).toHaveAttribute('data-status', 'found');
  await expect(use).toBeVisible();
  await paste(page, rs256({}, claims()));
  await expectStatus(page, 'no-key');
  await expect(scan).toHaveAttribute('data-status', 'idle');
  await expect(use).toHaveCount(0);
  // Back to an HS token (not the one the scan ran on): nothing from the old scan either.
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'other' }), 'hunter2'));
  await expect(page.locator('.dropzone')).toBeVisible();
  await expect(scan).toHaveAttribute('data-status', 'idle');
  await expect(use).toHaveCount(0);
});

test('issue 16: "none of the candidates" does not stay under the next token, and the same token keeps it', async ({ page }) => {
  const scan = page.getByTestId('scan-status');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'not-in-the-list-5c1e'));
  await dropList(page, ['password', '123456']);
  await expect(scan).toHaveAttribute('data-status', 'not-found');
  // A re-inspection of the same token (here: the leeway changes) keeps the result.
  const leeway = page.getByLabel('Leeway (seconds)');
  await leeway.fill('120');
  await leeway.press('Enter');
  await expect(page.getByTestId('time-status')).toHaveAttribute('data-status', 'valid');
  await expect(scan).toHaveAttribute('data-status', 'not-found');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'next' }), 'x'.repeat(40)));
  await expect(scan).toHaveAttribute('data-status', 'idle');
});

test('issue 16: a running scan stops when the token changes', async ({ page }) => {
  test.slow();
  const scan = page.getByTestId('scan-status');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'not-in-the-list-8d1f0c'));
  const big = Array.from({ length: 1_500_000 }, (_, i) => `word-${i}`).join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'big.list', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await expect(scan).toHaveAttribute('data-status', 'running');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims({ sub: 'next' }), 'x'.repeat(40)));
  await expect(scan).toHaveAttribute('data-status', 'idle');
  await expect(page.getByRole('progressbar', { name: 'Scan progress' })).toHaveCount(0);
});

// The public list the app ships (wallarm/jwt-secrets, MIT: src/assets/wordlists/README.md), so
// these run in a fresh clone without ../shared.
const SHIPPED_LIST = readFileSync(resolve('src/assets/wordlists/jwt.secrets.list'), 'utf8').split('\r\n');

test('issue 15: a dropped list with the secret on its last line (no newline) is found, across pieces', async ({ page }) => {
  test.slow();
  const secret = 'last-line-secret-3f9a';
  // About 3 MB: read in several pieces and spread over the workers.
  const text = [...Array.from({ length: 250_000 }, (_, i) => `candidate-${i}`), secret].join('\r\n');
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), secret));
  await page.locator('input[type="file"]').setInputFiles({ name: 'deep.list', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const scan = page.getByTestId('scan-status');
  await expect(scan).toHaveAttribute('data-status', 'found', { timeout: 90_000 });
  await expect(scan).toContainText('(line 250001)');
});

test('issue 15: HS256 candidates are hashed by WebAssembly SIMD, which the page policy lets the scan worker compile', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|wasm/i.test(m.text()) && violations.push(m.text()));
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'hunter2'));
  await dropList(page, ['password', '123456', 'letmein', 'hunter2', '']);
  const scan = page.getByTestId('scan-status');
  await expect(scan).toHaveAttribute('data-status', 'found');
  await expect(scan).toHaveAttribute('data-engine', 'wasm-simd');
  await expect(scan).toContainText('(line 4)');
  expect(violations).toEqual([]);
});

test('issue 15: the public list finds a secret from deep in it on paste, with no file loaded', async ({ page }) => {
  const line = 95_000;
  const secret = SHIPPED_LIST[line - 1]!;
  const started = Date.now();
  await paste(page, hs256({ alg: 'HS256', typ: 'JWT' }, claims(), secret));
  await expect(page.getByTestId('untrusted-reason')).toHaveAttribute('data-reason', 'hmac-secret-weak', { timeout: 20_000 });
  console.log(`public list: line ${line} found ${Date.now() - started} ms after the paste (loaded machine)`);
  await expect(page.locator('[data-rule="hmac-secret-weak"]').first()).toContainText(`line ${line}`);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'no-key');
});

test('issue 15: hashcat and John the Ripper commands with the token line for lists too big for a browser', async ({ page }) => {
  const token = hs256({ alg: 'HS256', typ: 'JWT' }, claims(), 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf');
  await paste(page, token);
  const handoff = page.getByTestId('cracker-handoff');
  await handoff.locator('summary').click();
  await expect(handoff).toContainText('hashcat -m 16500 -a 0 jwt.hash wordlist.txt');
  await expect(handoff).toContainText('john --format=HMAC-SHA256');
  await expect(handoff).toContainText(token);
  await expect(handoff.getByRole('button', { name: 'Copy the hashcat line' })).toBeVisible();
});

test('issue 14: an HS-signed SD-JWT: the public list finds the issuer JWT secret on paste, and the hand-off has the issuer JWT only', async ({ page }) => {
  const line = 95_000;
  const secret = SHIPPED_LIST[line - 1]!;
  const disclosure = b64url(JSON.stringify(['2GLC42sKQveCfGfryNRN9w', 'given_name', 'Alice']));
  const digest = createHash('sha256').update(disclosure).digest('base64url');
  const issuer = hs256({ alg: 'HS256', typ: 'example+sd-jwt' }, { ...claims(), _sd: [digest], _sd_alg: 'sha-256' }, secret);
  await paste(page, `${issuer}~${disclosure}~`);
  await expect(page.getByRole('region', { name: /Disclosures/ }).locator('[data-claim="given_name"]')).toHaveAttribute('data-referenced', 'true');
  await expect(page.getByTestId('untrusted-reason')).toHaveAttribute('data-reason', 'hmac-secret-weak', { timeout: 20_000 });
  await expect(page.locator('[data-rule="hmac-secret-weak"]').first()).toContainText(`line ${line}`);
  const handoff = page.getByTestId('cracker-handoff');
  await handoff.locator('summary').click();
  await expect(handoff).toContainText(issuer);
  await expect(handoff).not.toContainText(disclosure);
});
