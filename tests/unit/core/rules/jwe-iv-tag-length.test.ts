import { describe, expect, it } from 'vitest';
import { b64url, hits, run } from '../../helpers/mint';
import { type Case, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-iv-tag-length';
const header = (h: Record<string, unknown>) => b64url(JSON.stringify(h));
/** A compact JWE with the given IV and tag lengths (filler bytes). */
const sized = (h: Record<string, unknown>, iv: number, tag: number) =>
  `${header(h)}..${b64url(new Uint8Array(iv))}.AAAA.${b64url(new Uint8Array(tag))}`;
const gcmKw = (iv: number, tag: number) => ({ alg: 'A128GCMKW', enc: 'A128GCM', iv: b64url(new Uint8Array(iv)), tag: b64url(new Uint8Array(tag)) });

const cases: Case[] = [
  { name: 'A256GCM with a 12-byte IV and a 16-byte tag', token: jwe({ alg: 'dir', enc: 'A256GCM' }), expected: undefined },
  { name: 'issue 13: A256GCM with a 4-byte (truncated) tag', token: sized({ alg: 'dir', enc: 'A256GCM' }, 12, 4), expected: 'error' },
  { name: 'A128CBC-HS256 with a 12-byte IV', token: sized({ alg: 'dir', enc: 'A128CBC-HS256' }, 12, 16), expected: 'error' },
  { name: 'A256CBC-HS512 with a 16-byte IV and a 32-byte tag', token: sized({ alg: 'dir', enc: 'A256CBC-HS512' }, 16, 32), expected: undefined },
  { name: 'A256CBC-HS512 with a 16-byte tag', token: sized({ alg: 'dir', enc: 'A256CBC-HS512' }, 16, 16), expected: 'error' },
  { name: 'A128GCMKW with an 8-byte header iv', token: sized(gcmKw(8, 16), 12, 16), expected: 'error' },
  { name: 'A128GCMKW with a 12-byte iv and 16-byte tag', token: sized(gcmKw(12, 16), 12, 16), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 13: with a key, a token of the wrong tag length is refused, not decrypted', async () => {
    const report = await run(sized({ alg: 'dir', enc: 'A256GCM' }, 12, 4), { key: JSON.stringify({ kty: 'oct', k: b64url(new Uint8Array(32)) }) });
    expect(report.decryption?.status).toBe('refused');
    expect(hits(report, RULE)).toHaveLength(1);
    expect(hits(report, 'jwe-decrypt-skipped')).toHaveLength(1);
  });
});
