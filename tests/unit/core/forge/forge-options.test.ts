// issue 12 ("Write tokens too"): forge()'s options, per-alg details and failures.
import { createHmac, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forge, inspect, type ForgeResult, type Variant } from '../../../../src/core/index';

const NOW = 1_700_000_000;
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const PAYLOAD = b64url('{"sub":"u1"}');
const SECRET = 'another shared secret, long enough for HS256';

function hs256(headerJson = '{"alg":"HS256","typ":"JWT"}'): string {
  const data = `${b64url(headerJson)}.${PAYLOAD}`;
  return `${data}.${b64url(createHmac('sha256', SECRET).update(data).digest())}`;
}

function ecToken(alg: 'ES384' | 'ES512'): { token: string; key: string } {
  const pair = generateKeyPairSync('ec', { namedCurve: alg === 'ES384' ? 'P-384' : 'P-521' });
  const data = `${b64url(JSON.stringify({ alg }))}.${PAYLOAD}`;
  const signature = nodeSign(alg === 'ES384' ? 'sha384' : 'sha512', Buffer.from(data), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
  return { token: `${data}.${b64url(signature)}`, key: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString() };
}

const variants = (result: ForgeResult): Variant[] => {
  if (!result.ok) throw new Error(result.error.code);
  return result.variants;
};
const find = (list: Variant[], attack: string) => list.find((v) => v.attack === attack)!;
const header = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;

describe('forge(): options and per-alg details', () => {
  it('issue 12: jku and x5u point at the URL given (never fetched), and carry the fresh key that signed them', async () => {
    const url = 'https://evil.test/keys.json';
    const list = variants(await forge(hs256(), { key: SECRET, url }));
    for (const attack of ['jku', 'x5u'] as const) {
      const variant = find(list, attack);
      expect(header(variant.token)[attack]).toBe(url);
      const report = await inspect({ token: variant.token, key: JSON.stringify(variant.publicJwk), now: NOW });
      expect(report.signature.status).toBe('valid');
      expect(report.findings.map((f) => f.rule)).toContain(variant.rule);
    }
    const embedded = find(list, 'embedded-jwk');
    expect(header(embedded.token).jwk).toEqual(embedded.publicJwk);
    expect(embedded.publicJwk).not.toHaveProperty('d');
  });

  it('issue 12: crit-unknown is re-signed with a secret given to forge(), so only the crit extension is wrong', async () => {
    const variant = find(variants(await forge(hs256(), { key: SECRET })), 'crit-unknown');
    const [h, p, sig] = variant.token.split('.');
    expect(sig).toBe(b64url(createHmac('sha256', SECRET).update(`${h}.${p}`).digest()));
    // The inspector itself refuses it for the crit extension, though the HMAC matches.
    const report = await inspect({ token: variant.token, key: SECRET, now: NOW });
    expect(report.signature.candidates.map((c) => c.outcome)).toEqual(['verified']);
    expect(report.findings.map((f) => f.rule)).toContain('crit-unknown');
  });

  it('issue 12: crit-unknown is re-signed with a base64 secret read in the encoding given to forge()', async () => {
    const bytes = Buffer.from(SECRET);
    const data = `${b64url('{"alg":"HS256"}')}.${PAYLOAD}`;
    const token = `${data}.${b64url(createHmac('sha256', bytes).update(data).digest())}`;
    const typed = bytes.toString('base64');
    const variant = find(variants(await forge(token, { key: typed, secretEncoding: 'base64' })), 'crit-unknown');
    const [h, p, sig] = variant.token.split('.');
    expect(sig).toBe(b64url(createHmac('sha256', bytes).update(`${h}.${p}`).digest()));
    // Read as UTF-8 text, the same key text signs with other bytes.
    const asText = find(variants(await forge(token, { key: typed, secretEncoding: 'utf8' })), 'crit-unknown');
    expect(asText.token.split('.')[2]).not.toBe(sig);
  });

  it('issue 12: psychic-signature is r = s = 0 at the length of ES384 and ES512, and reports its rule', async () => {
    for (const [alg, bytes] of [['ES384', 96], ['ES512', 132]] as const) {
      const { token, key } = ecToken(alg);
      const variant = find(variants(await forge(token, { key })), 'psychic-signature');
      expect(Buffer.from(variant.token.split('.')[2]!, 'base64url')).toEqual(Buffer.alloc(bytes));
      expect((await inspect({ token: variant.token, key, now: NOW })).findings.map((f) => f.rule)).toContain('ecdsa-psychic-signature');
      expect(header(find(variants(await forge(token, { key })), 'key-confusion:pem').token).alg).toBe(`HS${alg.slice(2)}`);
    }
  });

  it('issue 12: an unsecured token gets alg-none variants but no empty-signature variant (its signature is already empty)', async () => {
    const token = `${b64url('{"alg":"none"}')}.${PAYLOAD}.`;
    const list = variants(await forge(token));
    expect(list.map((v) => v.attack)).not.toContain('empty-signature');
    expect(find(list, 'alg-none:NONE').rule).toBe('alg-none-variant');
  });
});

describe('forge(): failures are values', () => {
  it('issue 12: text that is not a token is malformed-token', async () => {
    const result = await forge('not a token at all');
    expect(result.ok ? 'ok' : result.error.code).toBe('malformed-token');
  });

  it('issue 12: a header that is not a JSON object is malformed-token', async () => {
    const result = await forge(`${b64url('[1,2]')}.${PAYLOAD}.`);
    expect(result.ok ? 'ok' : result.error.code).toBe('malformed-token');
  });

  it('issue 12: an encrypted token (JWE) is unsupported', async () => {
    const jwe = `${b64url('{"alg":"dir","enc":"A128GCM"}')}..${b64url('123456789012')}.${b64url('ciphertext')}.${b64url('0123456789abcdef')}`;
    const result = await forge(jwe);
    expect(result.ok ? 'ok' : result.error.code).toBe('unsupported');
  });

  it('issue 12: a key that cannot be read is unreadable-key', async () => {
    const result = await forge(hs256(), { key: '-----BEGIN PUBLIC KEY-----\nnot base64 !!\n-----END PUBLIC KEY-----\n' });
    expect(result.ok ? 'ok' : result.error.code).toBe('unreadable-key');
  });
});
