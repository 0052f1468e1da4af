// issue 12 ("Write tokens too"): forge() makes the attack variants of a token, and inspect()
// reports each variant's own rule when it is given the key that was given to forge().
import { createHmac, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forge, inspect, type Variant } from '../../../../src/core/index';

const NOW = 1_700_000_000;
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const PAYLOAD = b64url('{"sub":"admin",  "amount":1.50,"iat":1699999000}');

const ALL = [
  'alg-none:none', 'alg-none:None', 'alg-none:NONE', 'alg-none:nOnE', 'empty-signature', 'key-confusion:pem',
  'key-confusion:pem-no-newline', 'key-confusion:pem-crlf', 'key-confusion:der', 'key-confusion:jwk', 'embedded-jwk', 'jku',
  'x5u', 'kid-traversal', 'psychic-signature', 'crit-unknown',
];

/** A compact token signed by Node's crypto (not by the code under test). */
function mint(alg: 'RS256' | 'ES256' | 'HS256'): { token: string; key: string; publicKey?: KeyObject; privatePem?: string } {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg, kid: 'k-1' }));
  const data = `${header}.${PAYLOAD}`;
  if (alg === 'HS256') {
    const secret = 'a perfectly long shared secret of 40 chars!';
    return { token: `${data}.${b64url(createHmac('sha256', secret).update(data).digest())}`, key: secret };
  }
  const pair = alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signature = nodeSign('sha256', Buffer.from(data), alg === 'ES256' ? { key: pair.privateKey, dsaEncoding: 'ieee-p1363' } : pair.privateKey);
  const pem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { token: `${data}.${b64url(signature)}`, key: pem, publicKey: pair.publicKey, privatePem };
}

async function variantsOf(token: string, key: string): Promise<Variant[]> {
  const result = await forge(token, { key });
  if (!result.ok) throw new Error(result.error.code);
  return result.variants;
}

async function rulesOf(variant: Variant, key: string): Promise<string[]> {
  return (await inspect({ token: variant.token, key, now: NOW })).findings.map((f) => f.rule);
}

const segments = (token: string) => token.split('.');
const header = (token: string) => JSON.parse(Buffer.from(segments(token)[0]!, 'base64url').toString()) as Record<string, unknown>;

describe('forge(): every variant reports its rule', () => {
  for (const alg of ['RS256', 'ES256', 'HS256'] as const) {
    it(`issue 12: each variant of an ${alg} token, inspected with the key given to forge(), reports its rule`, async () => {
      const { token, key } = mint(alg);
      const variants = await variantsOf(token, key);
      const expected = ALL.filter((a) => (a !== 'psychic-signature' || alg === 'ES256') && (!a.startsWith('key-confusion:') || alg !== 'HS256'));
      expect(variants.map((v) => v.attack)).toEqual(expected);
      for (const variant of variants) {
        expect({ attack: variant.attack, rules: await rulesOf(variant, key) }).toEqual({
          attack: variant.attack,
          rules: expect.arrayContaining([variant.rule]) as unknown,
        });
        expect(segments(variant.token)[1]).toBe(PAYLOAD);
        expect(header(variant.token)).toMatchObject({ typ: 'JWT' });
        expect(variant.explanation).toMatch(/^[A-Z].*\.$/);
      }
    });
  }

  it('issue 12: the original token itself reports none of the variants\' rules (the rules come from the attacks)', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const { token, key } = mint(alg);
      const report = await inspect({ token, key, now: NOW });
      expect(report.signature.status).toBe('valid');
      const variantRules = new Set((await variantsOf(token, key)).map((v) => v.rule));
      expect(report.findings.map((f) => f.rule).filter((r) => variantRules.has(r))).toEqual([]);
    }
  });
});

describe('forge(): key confusion', () => {
  it('issue 12: each key-confusion variant is an HMAC keyed with that exact serialization of the public key', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const { token, key, publicKey } = mint(alg);
      const pem = publicKey!.export({ format: 'pem', type: 'spki' }).toString();
      const jwk = publicKey!.export({ format: 'jwk' }) as Record<string, string>;
      const canonical = alg === 'RS256' ? JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n }) : JSON.stringify({ crv: jwk.crv, kty: 'EC', x: jwk.x, y: jwk.y });
      const secrets: Record<string, string | Buffer> = {
        'key-confusion:pem': pem,
        'key-confusion:pem-no-newline': pem.trimEnd(),
        'key-confusion:pem-crlf': pem.replace(/\n/g, '\r\n'),
        'key-confusion:der': publicKey!.export({ format: 'der', type: 'spki' }),
        'key-confusion:jwk': canonical,
      };
      const confusion = (await variantsOf(token, key)).filter((v) => v.attack.startsWith('key-confusion:'));
      expect(confusion.map((v) => v.attack)).toEqual(Object.keys(secrets));
      for (const variant of confusion) {
        const [h, p, s] = segments(variant.token);
        expect(header(variant.token).alg).toBe('HS256');
        expect(s).toBe(b64url(createHmac('sha256', secrets[variant.attack]!).update(`${h}.${p}`).digest()));
      }
    }
  });

  it('issue 12: a JWK or a private key given to forge() gives the same key-confusion tokens as its SPKI PEM', async () => {
    const { token, key, publicKey, privatePem } = mint('RS256');
    const jwkText = JSON.stringify(publicKey!.export({ format: 'jwk' }));
    const byPem = (await variantsOf(token, key)).filter((v) => v.attack.startsWith('key-confusion:'));
    const byJwk = (await variantsOf(token, jwkText)).filter((v) => v.attack.startsWith('key-confusion:'));
    expect(byJwk.map((v) => v.token)).toEqual(byPem.map((v) => v.token));
    for (const variant of byJwk) expect(await rulesOf(variant, jwkText)).toContain('alg-confusion-forgery');
    const byPrivate = (await variantsOf(token, privatePem!)).filter((v) => v.attack.startsWith('key-confusion:'));
    expect(byPrivate.map((v) => v.token)).toEqual(byPem.map((v) => v.token));
    for (const variant of byPrivate) expect(await rulesOf(variant, privatePem!)).toContain('alg-confusion-forgery');
  });

  it('issue 12: without a public key there are no key-confusion variants, and a note says why', async () => {
    const { token } = mint('RS256');
    const result = await forge(token);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.variants.some((v) => v.attack.startsWith('key-confusion:'))).toBe(false);
    expect(result.notes.length).toBeGreaterThan(0);
  });
});
