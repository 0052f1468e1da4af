// Issue 16: a JWK copied from a specification as printed, its base64url values wrapped over
// lines (RFC 7517 Appendix A.1: tests/vectors/keys/rfc7517-a1-printed.txt), is read with the
// whitespace removed and a note; JSON broken in any other way says where and why.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../../src/core/keys/index';
import { run } from '../../helpers/mint';

const here = (path: string) => readFileSync(new URL(`../../../vectors/keys/${path}`, import.meta.url), 'utf8');
const printed = here('rfc7517-a1-printed.txt');
const { rfc7517A1Token } = JSON.parse(here('generated.json')) as { rfc7517A1Token: string };
/** RFC 7638 §3.1: the thumbprint of RFC 7517 A.1's RSA key. */
const RFC7638_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

/** A JSON text with the named members' values wrapped every 40 characters, RFC style. */
function wrapped(jwk: Record<string, unknown>, members: string[]): string {
  const lines = Object.entries(jwk).map(([name, value]) => {
    const text = members.includes(name) ? (value as string).replace(/.{40}(?=.)/g, '$&\n     ') : value;
    return `  ${JSON.stringify(name)}: ${typeof text === 'string' && members.includes(name) ? `"${text}"` : JSON.stringify(text)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

describe('issue 16: JWKs wrapped over lines', () => {
  it('issue 16: RFC 7517 Appendix A.1 as printed is read, notes the unwrapping, and verifies an RS256 token', async () => {
    expect(() => JSON.parse(printed)).toThrow();
    const report = await run(rfc7517A1Token, { key: printed });
    expect(report.keys.kind).toBe('jwks');
    const [ec, rsa] = report.keys.candidates;
    expect(rsa).toMatchObject({ kty: 'RSA', kid: '2011-04-29', bits: 2048, thumbprint: RFC7638_THUMBPRINT });
    expect(rsa!.notes).toHaveLength(1);
    expect(ec!.notes).toBeUndefined();
    expect(report.signature).toMatchObject({ status: 'valid', keyUsed: 'kid "2011-04-29"' });
  });

  it('issue 16: a wrapped private JWK (n, e, d, p, q, dp, dq, qi) is read as its public key', async () => {
    const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as Record<string, string>;
    const text = wrapped(jwk, ['n', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
    const [plain] = (await parseKeys(JSON.stringify(jwk), 'auto')).candidates;
    const parse = await parseKeys(text, 'auto');
    expect(parse.kind).toBe('jwk');
    expect(parse.candidates[0]).toMatchObject({ kty: 'RSA', hadPrivate: true, thumbprint: plain!.thumbprint });
    expect(parse.candidates[0]!.notes).toHaveLength(1);
  });

  it('issue 16: wrapped EC coordinates and x5c items are unwrapped too', async () => {
    const jwk = { ...generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }), x5c: ['MIIB' + 'A'.repeat(90)] };
    const text = wrapped(jwk, ['x', 'y']).replace(/"x5c": \["(.{30})/, '"x5c": ["$1\n   ');
    const parse = await parseKeys(text, 'auto');
    expect(parse.candidates.map((c) => [c.kty, c.crv, c.jwk?.x])).toEqual([['EC', 'P-384', jwk.x]]);
    expect(parse.candidates[0]!.notes).toHaveLength(1);
  });

  it.each([
    ['a line break inside a value that is not base64url ("kid")', '{"kty":"RSA",\n "kid":"a\nb",\n "n":"AQAB","e":"AQAB"}', '"a\nb"', /line 2, column 8/],
    ['a missing comma', '{"kty":"RSA",\n "n":"AQAB"\n "e":"AQAB"}', '"e"', /line 3, column 2/],
    ['a trailing comma', '{"kty":"RSA",\n "n":"AQAB",\n "e":"AQAB",\n}', '}', /line 4, column 1/],
    ['an unclosed string', '{"kty":"RSA",\n "n":"AQAB', '"AQAB', /line 2, column 6/],
  ])('issue 16: JSON broken otherwise says where and why: %s', async (_name, text, at, where) => {
    const parse = await parseKeys(text, 'auto');
    expect(parse.kind).toBe('unrecognised');
    expect(parse.errorAt?.from).toBe(text.lastIndexOf(at));
    expect(parse.error).toMatch(where);
  });
});
