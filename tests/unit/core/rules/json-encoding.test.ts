import { describe, expect, it } from 'vitest';
import { b64url, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-encoding';
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const token = (header: Uint8Array, payload: Uint8Array) => `${b64url(header)}.${b64url(payload)}.c2ln`;
const HEADER = bytes('{"alg":"HS256"}');
const PAYLOAD = bytes('{"sub":"u1"}');

describe(RULE, () => {
  it.each([
    ['a UTF-8 BOM before the header (catalogue)', '77u_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2ln', 'header'],
    ['invalid UTF-8 in a payload string', token(HEADER, bytes('{"sub":"', [0xff, 0xfe], '"}')), 'payload'],
    ['a raw control character in a payload string', token(HEADER, bytes('{"sub":"a', [0x01], 'b"}')), 'payload'],
    ['a raw NUL in a header string', token(bytes('{"alg":"HS256","kid":"k', [0x00], '"}'), PAYLOAD), 'header'],
    ['a UTF-16LE header', token(new Uint8Array(Buffer.from('{"alg":"HS256"}', 'utf16le')), PAYLOAD), 'header'],
  ])('fires on %s', async (_name, input, segment) => {
    const report = await run(input);
    expect(severityOf(report, RULE)).toBe('error');
    const at = hits(report, RULE)[0]!.at!;
    const seg = report.segments.find((s) => s.name === segment)!;
    expect([at.from, at.to]).toEqual([seg.from, seg.to]);
  });

  it.each([
    ['a clean token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['an escaped control character (\\u0001 is fine)', token(HEADER, bytes('{"sub":"a\\u0001b"}'))],
    ['non-ASCII UTF-8 text', hmacToken({ alg: 'HS256' }, { name: 'Zoë 日本' })],
  ])('stays quiet on %s', async (_name, input) => {
    expect(hits(await run(input), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
