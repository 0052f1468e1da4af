import { describe } from 'vitest';
import { type Case, GOOD, jwk, pair, pem, rs, ruleSuite, signed } from './de-cases';

const RULE = 'ec-public-key-invalid';
const A3 = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
// rules.md example: A.3's y with its last character changed, so the point is off the curve.
// ('0' → 'A': the last character also carries two unused bits, so '0' → '1' would not change the
// decoded bytes.)
const offCurve = { ...A3, y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5aA' };
const es = () => signed({ alg: 'ES256', typ: 'JWT' }, GOOD, pair('p256').privateKey);

const cases: Case[] = [
  { name: 'catalogue example: supplied JWK off the curve', token: es(), key: JSON.stringify(offCurve), expected: 'error', at: false },
  { name: 'supplied JWK with a short coordinate', token: es(), key: JSON.stringify({ ...A3, x: A3.x.slice(0, 40) }), expected: 'error', at: false },
  { name: 'embedded jwk off the curve', token: signed({ alg: 'ES256', jwk: offCurve }, GOOD, pair('p256').privateKey), expected: 'error' },
  { name: 'embedded Ed25519 jwk that is not a point', token: signed({ alg: 'ES256', jwk: { kty: 'OKP', crv: 'Ed25519', x: '_'.repeat(43) } }, GOOD, pair('p256').privateKey), expected: 'error' },
  { name: 'valid supplied P-256 key', token: es(), key: JSON.stringify(jwk(pair('p256').publicKey)), expected: undefined },
  { name: 'valid supplied PEM', token: es(), key: pem(pair('p256').publicKey), expected: undefined },
  { name: 'valid embedded RFC 7515 A.3 key', token: signed({ alg: 'ES256', jwk: A3 }, GOOD, pair('p256').privateKey), expected: undefined },
  { name: 'RS256 without key', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
