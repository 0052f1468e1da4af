import { describe, expect, it } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { hits, run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'kb-jwt-claims-missing';
const key = issuerJwk();
const kb = (payload: Record<string, unknown>) => simple({ given_name: 'Alice' }, BASE, { kb: { payload } }).token;

const cases: Case[] = [
  { name: 'issue 14: no nonce', token: kb({ nonce: undefined }), key, expected: 'error', count: 1 },
  { name: 'issue 14: aud as an array', token: kb({ aud: ['https://verifier.example.org'] }), key, expected: 'error' },
  { name: 'issue 14: nonce not a string', token: kb({ nonce: 5 }), key, expected: 'error' },
  { name: 'issue 14: every claim present', token: kb({}), key, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 14: claims-missing rules (exp-missing, iss-missing, jti-missing) are not run on the KB-JWT', async () => {
    const report = await run(kb({}), { key });
    for (const rule of ['exp-missing', 'iss-missing', 'sub-missing', 'jti-missing', 'aud-missing', 'iat-missing']) {
      expect(hits(report, rule).filter((f) => f.path?.includes('kb'))).toEqual([]);
    }
  });
});
