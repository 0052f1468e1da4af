import { describe, expect, it } from 'vitest';
import { b64url, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'format-json-serialization';
const PROTECTED = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
const PAYLOAD = 'eyJzdWIiOiJhZG1pbiJ9';
const SIG = b64url('0123456789abcdef0123456789abcdef');
const COMPACT = hmacToken({ alg: 'HS256' }, { sub: 'admin' });

describe(RULE, () => {
  it.each([
    ['flattened JWS (catalogue)', JSON.stringify({ payload: PAYLOAD, protected: PROTECTED, signature: SIG })],
    ['general JWS', JSON.stringify({ payload: PAYLOAD, signatures: [{ protected: PROTECTED, signature: SIG }] })],
    [
      'JWE JSON',
      JSON.stringify({ protected: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0', iv: b64url('123456789012'), ciphertext: b64url('x'), tag: b64url('0123456789abcdef') }),
    ],
    ['polyglot: a compact token inside a JSON serialization', JSON.stringify({ [COMPACT]: '', payload: PAYLOAD, protected: PROTECTED, signature: SIG })],
  ])('fires on %s', async (_name, input) => {
    const report = await run(input);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at?.part).toBe('token');
  });

  it.each([
    ['a compact token', COMPACT],
    ['an OAuth token response holding a compact token', JSON.stringify({ access_token: COMPACT, token_type: 'Bearer' })],
    ['a JSON object that is no JOSE serialization', '{"hello":"world"}'],
  ])('stays quiet on %s', async (_name, input) => {
    expect(hits(await run(input), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
