import { describe } from 'vitest';
import { type Case, GOOD, HAS_OPENSSL, pair, pem, REAL_NOW, rs, ruleSuite, selfSigned, signed } from './de-cases';

const RULE = 'x5c-present';
const p256 = pair('p256');
const cert = HAS_OPENSSL ? selfSigned(p256.privateKey).toString('base64') : 'MIIB';
const token = signed({ alg: 'ES256', x5c: [cert] }, GOOD, p256.privateKey);
const certPem = `-----BEGIN CERTIFICATE-----\n${cert.replace(/.{64}(?=.)/g, '$&\n')}\n-----END CERTIFICATE-----\n`;

const cases: Case[] = [
  { name: 'catalogue example: one self-signed certificate, no anchor', token, expected: 'warning' },
  { name: 'unrelated key supplied', token, key: pem(pair('p384').publicKey), expected: 'warning' },
  { name: 'x5c that is not even an array', token: rs({ alg: 'RS256', x5c: 'MIIB' }), expected: 'warning' },
  ...(HAS_OPENSSL
    ? [
        { name: 'the leaf’s public key supplied and verifying', token, key: pem(p256.publicKey), expected: 'info' as const, now: REAL_NOW },
        { name: 'the certificate itself supplied', token, key: certPem, expected: 'info' as const, now: REAL_NOW },
      ]
    : []),
  { name: 'no x5c', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
