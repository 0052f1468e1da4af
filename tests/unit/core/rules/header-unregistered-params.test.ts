import { describe } from 'vitest';
import { type Case, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'header-unregistered-params';

const cases: Case[] = [
  { name: 'catalogue: env prod', token: hs({ sub: 'u1' }, { alg: 'HS256', env: 'prod' }), expected: 'info', count: 1 },
  { name: 'two private parameters', token: hs(GOOD, { alg: 'HS256', typ: 'JWT', foo: 1, bar: 2 }), expected: 'info', count: 2 },
  { name: 'registered kid, x5t#S256, b64, crit', token: hs(GOOD, { alg: 'HS256', typ: 'JWT', kid: 'k1', 'x5t#S256': 'abc', b64: true, crit: ['b64'] }), expected: undefined },
  { name: 'replicated iss/sub/aud', token: hs(GOOD, { alg: 'HS256', typ: 'JWT', iss: 'a', sub: 'b', aud: 'c' }), expected: undefined },
  { name: 'JWE parameters', token: jwe({ alg: 'ECDH-ES', enc: 'A128GCM', apu: 'a', apv: 'b', epk: {} }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
