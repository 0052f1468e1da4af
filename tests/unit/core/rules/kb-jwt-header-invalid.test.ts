import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'kb-jwt-header-invalid';
const key = issuerJwk();
const kb = (header: Record<string, unknown>) => simple({ given_name: 'Alice' }, BASE, { kb: { header } }).token;

const cases: Case[] = [
  { name: 'issue 14: typ JWT', token: kb({ typ: 'JWT' }), key, expected: 'error', count: 1 },
  { name: 'issue 14: no typ', token: kb({ typ: undefined }), key, expected: 'error' },
  { name: 'issue 14: alg HS256', token: kb({ alg: 'HS256' }), key, expected: 'error' },
  { name: 'issue 14: typ kb+jwt, ES256', token: kb({}), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
