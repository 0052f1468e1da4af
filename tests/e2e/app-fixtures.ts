// Helpers for the app specs: tokens minted with Node's crypto (fixed keys per run, times around
// the real clock, which the browser shares), and user-like actions on the editors.
import { createHmac, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

export const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const part = (v: unknown) => b64url(typeof v === 'string' ? v : JSON.stringify(v));
export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function hs256(header: object, payload: object, secret: string | Buffer): string {
  const input = `${part(header)}.${part(payload)}`;
  return `${input}.${b64url(createHmac('sha256', secret).update(input).digest())}`;
}

let rsa: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
let rsa2: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
export const rsaKeys = () => (rsa ??= generateKeyPairSync('rsa', { modulusLength: 2048 }));
export const otherRsaKeys = () => (rsa2 ??= generateKeyPairSync('rsa', { modulusLength: 2048 }));

export function rs256(header: object, payload: object, keys = rsaKeys()): string {
  const input = `${part({ alg: 'RS256', typ: 'JWT', ...header })}.${part(payload)}`;
  return `${input}.${b64url(nodeSign('sha256', Buffer.from(input), keys.privateKey))}`;
}

export const publicPem = (keys = rsaKeys()) => keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
export const publicJwk = (keys = rsaKeys(), extra: object = {}) => ({ ...keys.publicKey.export({ format: 'jwk' }), ...extra });

/** Ordinary claims, valid for the next hour. */
export function claims(extra: object = {}) {
  const now = nowSeconds();
  return { iss: 'https://issuer.example', sub: 'user-1', aud: 'api', iat: now - 60, exp: now + 3600, jti: 'j-1', ...extra };
}

export const tokenBox = (page: Page) => page.getByRole('textbox', { name: 'Token', exact: true });
export const keyBox = (page: Page) => page.getByRole('textbox', { name: 'Key', exact: true });
export const verdict = (page: Page) => page.getByTestId('signature-status');

/** Replace the editor's text the way a paste does. */
export async function fillEditor(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.fill(text);
}

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(verdict(page)).toHaveAttribute('data-status', status);
}

/** Rule ids of the findings shown on the page. */
export async function shownRules(page: Page): Promise<string[]> {
  return page.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

export async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(tokenBox(page)).toBeVisible();
}

/** Paste `text` into the editor named `label` with a real paste event (fast for megabytes,
 * unlike typing). */
export async function paste(page: Page, text: string, label: 'Token' | 'Key' = 'Token'): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.click();
  await box.press('ControlOrMeta+A'); // a paste replaces what is selected: everything
  await box.evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}
