// Issue 14 (speed): the KB-JWT's inspection starts with the plaintext `cnf.jwk` before the
// Disclosures are processed; when the Holder key arrives only through a Disclosure, it is
// inspected again with the processed one.
import { describe, expect, it } from 'vitest';
import { hits, run } from '../../helpers/mint';
import { BASE, es256, holderJwk, issuerJwk, present, prop, SD_HEADER } from '../../helpers/sd-jwt';

describe('issue 14: the Holder key of the KB-JWT', () => {
  it('issue 14: a cnf that arrives in a Disclosure still verifies the KB-JWT', async () => {
    const cnf = prop('cnf', { jwk: holderJwk() });
    const token = present(es256(SD_HEADER, { ...BASE, _sd: [cnf.digest], _sd_alg: 'sha-256' }), [cnf], {});
    const report = await run(token, { key: issuerJwk() });
    expect(report.sd?.keyBinding?.status).toBe('valid');
    expect(hits(report, 'sd-reserved-name-disclosed')).toHaveLength(1);
  });
});
