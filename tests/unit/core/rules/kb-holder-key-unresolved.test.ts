import { describe, expect, it } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { hits, run } from '../../helpers/mint';
import { BASE, es256, issuerJwk, present, prop, SD_HEADER, simple } from '../../helpers/sd-jwt';

const RULE = 'kb-holder-key-unresolved';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const noCnf = present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest] }), [d1], {});
const byJkt = present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest], cnf: { jkt: '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I' } }), [d1], {});

const cases: Case[] = [
  { name: 'issue 14: a KB-JWT and no cnf', token: noCnf, key, expected: 'error', count: 1 },
  { name: 'issue 14: cnf.jkt and no key supplied (info)', token: byJkt, expected: 'info' },
  { name: 'issue 14: cnf.jwk', token: simple({ given_name: 'Alice' }, BASE, { kb: {} }).token, key, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 14: a KB-JWT signed by another key than cnf.jwk is sig-invalid at path kb', async () => {
    const report = await run(simple({ given_name: 'Alice' }, BASE, { kb: { wrongKey: true } }).token, { key });
    expect(hits(report, 'sig-invalid').map((f) => f.path)).toEqual([['kb']]);
    expect(report.sd?.keyBinding?.status).toBe('invalid');
  });
});
