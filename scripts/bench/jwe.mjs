// Issue 13 figure: a 1 KB RSA-OAEP-256 + A256GCM JWE pasted with the recipient's private key in
// the Key box → "decrypted" in the DOM (median over runs). The JWE is made with jose in Node.
import { generateKeyPairSync } from 'node:crypto';
import { CompactEncrypt, importJWK } from 'jose';
import { pasteAndTime, setKey } from './probes.mjs';

export async function jweCase(now) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const claims = { iss: 'https://idp.example.com', sub: 'u-1', aud: 'api', iat: now, exp: now + 600, groups: [] };
  for (let i = 0; JSON.stringify(claims).length < 560; i++) claims.groups.push(`grp-${String(i).padStart(4, '0')}-eng`);
  const key = await importJWK({ ...publicKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256' }, 'RSA-OAEP-256');
  const token = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
    .encrypt(key);
  return { token, key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export async function jwePastes(browser, origin, runs, now) {
  const { token, key } = await jweCase(now);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await setKey(page, key);
    // A first JWE with this key, so jose's chunk is loaded (the first decryption of a session).
    const content = await page.getByRole('textbox', { name: 'Token', exact: true }).elementHandle();
    await page.evaluate(pasteAndTime, [content, token, 'decrypted', 'decryption-status']);
    await page.getByRole('textbox', { name: 'Token', exact: true }).fill('');
    await page.waitForTimeout(300);
    const r = await page.evaluate(pasteAndTime, [content, token, 'decrypted', 'decryption-status']);
    times.push(r.verdict);
    await context.close();
  }
  return { bytes: token.length, verdict: times };
}
