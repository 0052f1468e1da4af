// Issue 12 figures: an edit in edit mode → the re-signed token in the Token box (HS256, ES256,
// RS256 on a 1 KB token), and RSA 4096 key generation's longest main-thread task.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { stopLongTasks, watchLongTasks } from './probes.mjs';

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const EDITS = 7;

/** A key for each alg (as the Key box text) and a ~1 KB token signed with it. */
export function editCases(now) {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const secret = 'bench-secret-of-enough-length-for-hs256!';
  const claims = { iss: 'https://idp.example.com', sub: 'u-1', aud: 'api', iat: now, exp: now + 600, groups: [] };
  for (let i = 0; JSON.stringify(claims).length < 640; i++) claims.groups.push(`grp-${String(i).padStart(4, '0')}-eng`);
  const input = (alg) => `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  const pem = (k) => k.export({ type: 'pkcs8', format: 'pem' }).toString();
  const hs = input('HS256');
  const es = input('ES256');
  const rs = input('RS256');
  return [
    { alg: 'HS256', key: secret, token: `${hs}.${createHmac('sha256', secret).update(hs).digest('base64url')}` },
    { alg: 'ES256', key: pem(ec), token: `${es}.${b64url(sign('sha256', Buffer.from(es), { key: ec, dsaEncoding: 'ieee-p1363' }))}` },
    { alg: 'RS256', key: pem(rsa), token: `${rs}.${b64url(sign('sha256', Buffer.from(rs), rsa))}` },
  ];
}

/** In the page: from the next input event in the page to the Token box's text changing (ms),
 * as a promise left in window.__editTimed (installed before the input is sent, so the two do
 * not race). */
export function watchTokenRewrite() {
  const content = [...document.querySelectorAll('.editor-root')]
    .map((r) => r.shadowRoot?.querySelector('[aria-label="Token"]'))
    .find(Boolean);
  const before = content.textContent;
  window.__editTimed = new Promise((resolve, reject) => {
    let t0;
    const onInput = () => (t0 ??= performance.now());
    document.addEventListener('beforeinput', onInput, { capture: true });
    const mo = new MutationObserver(() => {
      if (t0 === undefined || content.textContent === before) return;
      const t1 = performance.now();
      mo.disconnect();
      document.removeEventListener('beforeinput', onInput, { capture: true });
      resolve(t1 - t0);
    });
    mo.observe(content, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error('the Token box did not change within 10 s')), 10_000);
  });
}

export async function edits(browser, origin, runs, now) {
  const rows = [];
  for (const c of editCases(now)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(origin);
      for (const [label, text] of [['Key', c.key], ['Token', c.token]]) {
        const box = page.getByRole('textbox', { name: label, exact: true });
        await box.click();
        await box.fill(text);
      }
      await page.locator('[data-testid="signature-status"][data-status="valid"]').waitFor();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const payload = page.getByRole('textbox', { name: 'Payload JSON', exact: true });
      await payload.waitFor();
      await payload.press('ControlOrMeta+Home');
      await page.waitForTimeout(300);
      for (let e = 0; e < EDITS; e++) {
        await page.evaluate(watchTokenRewrite);
        await page.keyboard.insertText(' '); // leading space: the JSON stays valid
        times.push(await page.evaluate(() => window.__editTimed));
        await page.waitForTimeout(50);
      }
      await context.close();
    }
    rows.push({ alg: c.alg, bytes: c.token.length, toTokenBox: times });
  }
  return rows;
}

/** Generate key with Key type RSA 4096: the longest main-thread task while it runs (ms). */
export async function keygen(browser, origin, runs) {
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('combobox', { name: 'Key type' }).selectOption({ label: 'RSA 4096' });
    const button = page.getByRole('button', { name: 'Generate key' });
    await button.waitFor();
    await page.waitForTimeout(1000);
    await page.evaluate(watchLongTasks);
    await button.click();
    await page.getByTestId('key-thumbprint').filter({ hasText: /./ }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(250);
    longest.push(await page.evaluate(stopLongTasks));
    await context.close();
  }
  return longest;
}
