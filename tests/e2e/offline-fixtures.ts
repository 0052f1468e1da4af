// Shared by the offline, privacy and CSP specs: tokens whose headers, claims and keys are full
// of URLs a careless tool would fetch, a recorder for every request the browser makes outside
// the app's origin (pages, dedicated workers and the service worker alike), and a recorder for
// Content-Security-Policy violations.
import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { expect, type BrowserContext, type Page } from '@playwright/test';

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function signed(header: object, payload: object, signPart: (input: Buffer) => Buffer): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(signPart(Buffer.from(input)))}`;
}

const now = () => Math.floor(Date.now() / 1000);
const claims = () => ({
  iss: 'https://issuer.leak-check.example/',
  sub: 'user-42',
  aud: 'https://api.leak-check.example',
  iat: now() - 60,
  exp: now() + 3600,
  jwks_uri: 'https://issuer.leak-check.example/.well-known/jwks.json',
  picture: 'https://images.leak-check.example/avatar.png',
  metadata: 'http://169.254.169.254/latest/meta-data/',
});

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** RS256 with jku and x5u pointing away; the Key is the matching public PEM. */
export function rsaCase() {
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    kid: 'rsa-1',
    jku: 'https://keys.leak-check.example/jwks.json',
    x5u: 'https://certs.leak-check.example/signer.pem',
  };
  return {
    token: signed(header, claims(), (input) => sign('sha256', input, rsa.privateKey)),
    key: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** An RSA public key that did not sign anything here. */
export function strangerRsaKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

// Test-only P-256 key and a self-signed certificate for it, made with openssl for these tests.
// The certificate names CA-issuer, OCSP and CRL URLs: a tool that chased them would leak.
const EC_PRIVATE_PEM = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1Ac/ghI+St8IgLoW
UkyDz0mesglnaDFR1piKmfjPC0ahRANCAAQ6YtANIch4Uv1Huva7M77ux3eoYjMV
FJ9dOMqWqOV2PZs0+rB9MBVyrox6NVYS1eaAms733LYs7yjuP1mZqhfJ
-----END PRIVATE KEY-----`;
const EC_CERT_DER_B64 =
  'MIICOjCCAeGgAwIBAgIBATAKBggqhkjOPQQDAjAtMSswKQYDVQQDDCJqd3QtaW5zcGVjdG9yIGUyZSB0ZXN0IGNlcnRpZmljYXRlMCAXDTI2MTEyNzE3MTkwNloYDzIxMjYxMTAzMTcxOTA2WjAtMSswKQYDVQQDDCJqd3QtaW5zcGVjdG9yIGUyZSB0ZXN0IGNlcnRpZmljYXRlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOmLQDSHIeFL9R7r2uzO+7sd3qGIzFRSfXTjKlqjldj2bNPqwfTAVcq6MejVWEtXmgJrO99y2LO8o7j9ZmaoXyaOB7zCB7DAMBgNVHRMBAf8EAjAAMA4GA1UdDwEB/wQEAwIHgDB0BggrBgEFBQcBAQRoMGYwNwYIKwYBBQUHMAKGK2h0dHA6Ly9jYS1pc3N1ZXJzLmxlYWstY2hlY2suZXhhbXBsZS9jYS5jcnQwKwYIKwYBBQUHMAGGH2h0dHA6Ly9vY3NwLmxlYWstY2hlY2suZXhhbXBsZS8wNwYDVR0fBDAwLjAsoCqgKIYmaHR0cDovL2NybC5sZWFrLWNoZWNrLmV4YW1wbGUvcm9vdC5jcmwwHQYDVR0OBBYEFIHAa4LnWIUxHXoHyOxKAC2h/JkbMAoGCCqGSM49BAMCA0cAMEQCIGs8gfd2t1lvBCq5/+ZQq4VKK98mYc0gDCSV9921BeQlAiAc8TbGkQOLlVLEC1zgpyOve8PTtASRaxrkyQUDjc2GcQ==';

/** ES256 carrying its certificate in x5c; the Key is a JWK that itself names an x5u URL. */
export function ecCase() {
  const privateKey = createPrivateKey(EC_PRIVATE_PEM);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  const header = { alg: 'ES256', typ: 'JWT', kid: 'ec-1', x5c: [EC_CERT_DER_B64] };
  return {
    token: signed(header, claims(), (input) => sign('sha256', input, { key: privateKey, dsaEncoding: 'ieee-p1363' })),
    key: JSON.stringify({ ...jwk, kid: 'ec-1', alg: 'ES256', use: 'sig', x5u: 'https://certs.leak-check.example/ec.pem' }),
  };
}

/** HS256 signed with a secret that is on the public wordlist. */
export function hmacCase(secret = 'secret') {
  const header = { alg: 'HS256', typ: 'JWT', jku: 'https://keys.leak-check.example/hmac.json' };
  return {
    token: signed(header, claims(), (input) => createHmac('sha256', secret).update(input).digest()),
    secret,
  };
}

/** Records every request to anything but `origin` (data: URLs stay in the page). */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (url.startsWith('blob:') ? !url.startsWith(`blob:${origin}/`) : new URL(url).origin !== origin) {
      const who = request.serviceWorker() ? 'service worker' : request.frame().url();
      foreign.push(`${request.method()} ${url} (from ${who})`);
    }
  });
  return foreign;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records CSP violations: the DOM event in every page, and the console lines Chromium writes. */
export async function recordCspViolations(context: BrowserContext): Promise<() => Promise<string[]>> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  const console: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return async () => {
    const fromPages = await Promise.all(
      context.pages().map((page) => page.evaluate(() => window.__cspViolations ?? []).catch(() => [])),
    );
    return [...fromPages.flat(), ...console];
  };
}

/** Replaces the text of a contract text box (a CodeMirror editor) as a paste would. */
export async function fill(page: Page, name: 'Token' | 'Key', text: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

export async function expectVerdict(page: Page, status: string): Promise<void> {
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', status);
}

/** Waits until the service worker controls the page (it claims the first load). */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
}
