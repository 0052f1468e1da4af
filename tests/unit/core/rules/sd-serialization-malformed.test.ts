import { describe, expect, it } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { hits, run } from '../../helpers/mint';
import { BASE, es256, issuerJwk, prop, SD_HEADER, simple } from '../../helpers/sd-jwt';

const RULE = 'sd-serialization-malformed';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const ij = es256(SD_HEADER, { ...BASE, _sd: [d1.digest] });

const cases: Case[] = [
  { name: 'issue 14: an empty part (~~)', token: `${ij}~~${d1.text}~`, key, expected: 'error', count: 1 },
  { name: 'issue 14: a padded Disclosure', token: `${ij}~${d1.text}=~`, key, expected: 'error' },
  { name: 'issue 14: the final ~ missing', token: `${ij}~${d1.text}`, key, expected: 'error', count: 1 },
  { name: 'issue 14: typ +sd-jwt without any ~', token: ij, key, expected: 'warning' },
  { name: 'issue 14: a well-formed SD-JWT', token: `${ij}~${d1.text}~`, key, expected: undefined },
  { name: 'issue 14: a well-formed SD-JWT+KB', token: simple({ email: 'a@example.com' }, BASE, { kb: {} }).token, key, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 14: a ~ in a value that is no SD-JWT (the RFC 9449 opaque access token) is linted as before', async () => {
    const report = await run('Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU');
    expect(report.kind).not.toBe('sd-jwt');
    expect(report.sd).toBeUndefined();
    expect(hits(report, RULE)).toEqual([]);
  });
});
