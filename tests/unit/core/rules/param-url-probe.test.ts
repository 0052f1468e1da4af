import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'param-url-probe';

const cases: Case[] = [
  { name: 'catalogue: avatar on oastify.com', token: hs({ sub: 'u1', avatar: 'http://abc123.oastify.com/x' }), expected: 'warning' },
  { name: 'catalogue: header x-callback to 10.0.0.5', token: hs({ sub: 'u1' }, { alg: 'HS256', 'x-callback': 'http://10.0.0.5/' }), expected: 'warning' },
  { name: 'cloud metadata address', token: hs({ ...GOOD, picture: 'http://169.254.169.254/latest/meta-data/' }), expected: 'warning' },
  { name: 'nested in an array', token: hs({ ...GOOD, hooks: [{ url: 'https://x.burpcollaborator.net' }] }), expected: 'warning' },
  { name: 'bare interaction host', token: hs({ ...GOOD, host: 'abc.interact.sh' }), expected: 'warning' },
  { name: 'two probes', token: hs({ ...GOOD, a: 'http://192.168.1.1/', b: 'http://webhook.site/x' }), expected: 'warning', count: 2 },
  { name: 'public https URL', token: hs({ ...GOOD, picture: 'https://cdn.example.com/a.png' }), expected: undefined },
  { name: 'jku on an internal host (jku-unsafe-url says so)', token: hs(GOOD, { alg: 'HS256', jku: 'http://10.0.0.5/jwks' }), expected: undefined },
  { name: 'database URL (internal information, not a probe)', token: hs({ ...GOOD, db: 'postgres://app@10.1.2.3:5432/prod' }), expected: undefined },
  { name: 'bare private address (internal information)', token: hs({ ...GOOD, ip: '10.0.0.5' }), expected: undefined },
  { name: 'localhost issuer of a dev setup', token: hs({ ...GOOD, iss: 'http://localhost:8080/realms/dev' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
