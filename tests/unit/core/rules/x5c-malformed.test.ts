import { describe } from 'vitest';
import { type Case, GOOD, HAS_OPENSSL, pair, REAL_NOW, rs, ruleSuite, selfSigned, signed } from './de-cases';

const RULE = 'x5c-malformed';
const p256 = pair('p256');
const der = HAS_OPENSSL ? selfSigned(p256.privateKey) : Buffer.alloc(0);
const b64 = der.toString('base64');
const b64url = der.toString('base64url');
const es = (x5c: unknown) => signed({ alg: 'ES256', x5c }, GOOD, p256.privateKey);
const DAY = 86_400;

const cases: Case[] = [
  { name: 'not an array', token: es('MIIB'), expected: 'warning' },
  { name: 'empty array', token: es([]), expected: 'warning' },
  { name: 'entry not a string', token: es([42]), expected: 'warning' },
  { name: 'entry not base64', token: es(['not base64!']), expected: 'warning' },
  { name: 'entry not a certificate', token: es(['AAAAAAAA']), expected: 'warning' },
  ...(HAS_OPENSSL
    ? [
        ...(/[-_]/.test(b64url) ? [{ name: 'catalogue example: base64url entry', token: es([b64url]), expected: 'warning' as const, now: REAL_NOW }] : []),
        { name: 'base64 without padding', token: es([b64.replace(/=+$/, '')]), expected: b64.endsWith('=') ? ('warning' as const) : undefined, now: REAL_NOW },
        { name: 'catalogue example: expired leaf', token: es([selfSigned(p256.privateKey, 1).toString('base64')]), expected: 'warning' as const, now: REAL_NOW + 10 * DAY },
        { name: 'leaf not yet valid', token: es([b64]), expected: 'warning' as const, now: REAL_NOW - 10 * DAY },
        { name: 'leaf holds an EC key but alg is RS256', token: rs({ alg: 'RS256', x5c: [b64] }), expected: 'warning' as const, now: REAL_NOW },
        { name: 'leaf holds a P-256 key but alg is ES384', token: signed({ alg: 'ES384', x5c: [b64] }, GOOD, pair('p384').privateKey), expected: 'warning' as const, now: REAL_NOW },
        { name: 'leaf holds a 1024-bit RSA key', token: rs({ alg: 'RS256', x5c: [selfSigned(pair('rsa1024').privateKey).toString('base64')] }), expected: 'warning' as const, now: REAL_NOW },
        { name: 'valid self-signed leaf that fits ES256', token: es([b64]), expected: undefined, now: REAL_NOW },
      ]
    : []),
  { name: 'no x5c', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
