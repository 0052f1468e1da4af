import { createHmac } from 'node:crypto';
import { describe } from 'vitest';
import { b64url } from '../../helpers/mint';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'b64-false';

/** RFC 7797 compact form: the payload goes into the signing input and the token unencoded. */
function unencoded(header: Record<string, unknown>, payload: string, detached = false): string {
  const h = b64url(JSON.stringify(header));
  const sig = createHmac('sha256', 'secret').update(`${h}.${payload}`).digest();
  return `${h}.${detached ? '' : payload}.${b64url(sig)}`;
}

const cases: Case[] = [
  { name: 'catalogue: RFC 7797 shape, $.02 detached', token: unencoded({ alg: 'HS256', b64: false, crit: ['b64'] }, '$.02', true), expected: 'warning' },
  { name: 'unencoded payload without dots', token: unencoded({ alg: 'HS256', b64: false, crit: ['b64'] }, 'hello-world'), expected: 'warning' },
  { name: 'catalogue error variant: crit dropped', token: unencoded({ alg: 'HS256', b64: false }, '$.02', true), expected: 'error' },
  { name: 'compact payload contains "." (ambiguous segments)', token: unencoded({ alg: 'HS256', b64: false, crit: ['b64'] }, '$.02'), expected: 'error' },
  { name: 'crit lists something else', token: unencoded({ alg: 'HS256', b64: false, crit: ['x'], x: 1 }, 'abc', true), expected: 'error' },
  { name: 'b64 true', token: hs(GOOD, { alg: 'HS256', b64: true, crit: ['b64'] }), expected: undefined },
  { name: 'b64 absent', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
