import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { hmacToken } from '../../helpers/mint';
import { BASE, issuerJwk, prop, simple } from '../../helpers/sd-jwt';

const RULE = 'sd-issuer-alg-symmetric';
const d1 = prop('given_name', 'Alice');

const cases: Case[] = [
  { name: 'issue 14: HS256 issuer-signed JWT', token: `${hmacToken({ alg: 'HS256', typ: 'dc+sd-jwt' }, { ...BASE, vct: 'x', _sd: [d1.digest] })}~${d1.text}~`, expected: 'warning', count: 1 },
  { name: 'issue 14: ES256', token: simple({ given_name: 'Alice' }).token, key: issuerJwk(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
