// Bench part `sdjwt` (issue 14): an SD-JWT with 100 Disclosures and a Key Binding JWT, pasted
// with its issuer key → the verdict in the DOM (budget ≤ 30 ms). Minted here with Node's crypto.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { pasteAndTime, setKey } from './probes.mjs';

const b64 = (s) => Buffer.from(s).toString('base64url');
const es256 = (header, payload, key) => {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
};
const digest = (text) => createHash('sha256').update(text).digest('base64url');

export function sdJwtCase(now, count = 100) {
  const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const disclosures = Array.from({ length: count }, (_, i) => b64(JSON.stringify([randomBytes(16).toString('base64url'), `claim_${i}`, `value ${i}`])));
  const payload = {
    iss: 'https://issuer.example.com', iat: now - 60, exp: now + 86_400, vct: 'https://credentials.example.com/bench',
    _sd: disclosures.map(digest).sort(), _sd_alg: 'sha-256', cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) },
  };
  const presentation = `${es256({ alg: 'ES256', typ: 'dc+sd-jwt' }, payload, issuer.privateKey)}~${disclosures.map((d) => `${d}~`).join('')}`;
  const kb = es256({ alg: 'ES256', typ: 'kb+jwt' }, { nonce: 'n-0S6', aud: 'https://verifier.example.org', iat: now, sd_hash: digest(presentation) }, holder.privateKey);
  return { token: presentation + kb, key: JSON.stringify(issuer.publicKey.export({ format: 'jwk' })) };
}

export async function sdJwtBench(browser, origin, runs, now, settle) {
  const c = sdJwtCase(now);
  const verdict = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await setKey(page, c.key);
    const content = await page.getByRole('textbox', { name: 'Token', exact: true }).elementHandle();
    await page.waitForTimeout(settle);
    const r = await page.evaluate(pasteAndTime, [content, c.token, 'valid']);
    verdict.push(r.verdict);
    await context.close();
  }
  return { bytes: c.token.length, verdict };
}
