import { describe, expect, it } from 'vitest';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { ed448 } from '@noble/curves/ed448.js';
import {
  ECDSA_ORDERS,
  EDDSA_ORDERS,
  allZero,
  ecdsaShape,
  eddsaScalar,
  parseDerSignature,
} from '../../../../src/core/lint/signature-shape';
import { esToken, edToken, signatureOf, toBytes } from '../../helpers/sig-tokens';

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64url'));

describe('curve orders', () => {
  it.each([
    ['P-256', p256.Point.Fn.ORDER],
    ['P-384', p384.Point.Fn.ORDER],
    ['P-521', p521.Point.Fn.ORDER],
    ['secp256k1', secp256k1.Point.Fn.ORDER],
  ] as const)('%s matches @noble/curves', (curve, order) => {
    expect(ECDSA_ORDERS[curve]).toBe(order);
  });
  it.each([
    ['Ed25519', ed25519.Point.Fn.ORDER],
    ['Ed448', ed448.Point.Fn.ORDER],
  ] as const)('%s matches @noble/curves', (curve, order) => {
    expect(EDDSA_ORDERS[curve]).toBe(order);
  });
});

describe('ecdsaShape', () => {
  it.each(['ES256', 'ES384', 'ES512', 'ES256K'] as const)('splits a real %s signature into r and s', (alg) => {
    const shape = ecdsaShape(alg, signatureOf(esToken(alg, {}, { sub: 'u1' })))!;
    expect(shape.form).toBe('raw');
    expect(shape.r! > 0n && shape.r! < shape.n).toBe(true);
    expect(shape.s! > 0n && shape.s! < shape.n).toBe(true);
  });

  it.each(['ES256', 'ES384', 'ES512'] as const)('recognises a DER %s signature with the same r and s', (alg) => {
    // Same message and key, two encodings: ECDSA is randomised, so compare each against itself.
    const der = ecdsaShape(alg, signatureOf(esToken(alg, {}, { sub: 'u1' }, true)))!;
    expect(der.form).toBe('der');
    expect(der.r! > 0n && der.s! > 0n).toBe(true);
  });

  it('reads the psychic signature in both forms', () => {
    expect(ecdsaShape('ES256', b64('A'.repeat(86)))).toMatchObject({ form: 'raw', r: 0n, s: 0n });
    expect(ecdsaShape('ES256', b64('MAYCAQACAQA'))).toMatchObject({ form: 'der', r: 0n, s: 0n });
  });

  it('calls a wrong-length non-DER signature unknown, and ignores non-ECDSA algs', () => {
    expect(ecdsaShape('ES256', new Uint8Array(63).fill(1))?.form).toBe('unknown');
    expect(ecdsaShape('HS256', new Uint8Array(64))).toBeUndefined();
    expect(ecdsaShape(undefined, new Uint8Array(64))).toBeUndefined();
  });
});

describe('parseDerSignature', () => {
  it.each([
    ['trailing byte', '3006020100020100ff'],
    ['wrong sequence length', '3007020100020100'],
    ['not an INTEGER', '3006030100020100'],
    ['empty INTEGER', '30050200020100'],
    ['truncated', '300602010002'],
    ['empty', ''],
  ])('rejects %s', (_name, hex) => {
    expect(parseDerSignature(new Uint8Array(Buffer.from(hex, 'hex')))).toBeUndefined();
  });

  it('reads long-form lengths (P-521 signatures exceed 127 bytes)', () => {
    const r = new Uint8Array(66).fill(1);
    const body = [0x02, 66, ...r, 0x02, 1, 5];
    const der = new Uint8Array([0x30, 0x81, body.length, ...body]);
    expect(parseDerSignature(der)?.s).toBe(5n);
  });
});

describe('eddsaScalar', () => {
  it('reads S little-endian and resolves EdDSA by length or key curve', () => {
    const sig = signatureOf(edToken('Ed25519', {}, { sub: 'u1' }));
    const scalar = eddsaScalar('EdDSA', sig)!;
    expect(scalar.curve).toBe('Ed25519');
    expect(scalar.s < scalar.L).toBe(true);
    expect(eddsaScalar('EdDSA', signatureOf(edToken('Ed448', {}, { sub: 'u1' })))?.curve).toBe('Ed448');
    const big = new Uint8Array([...sig.slice(0, 32), ...toBytes(EDDSA_ORDERS.Ed25519, 32, true)]);
    expect(eddsaScalar('Ed25519', big)?.s).toBe(EDDSA_ORDERS.Ed25519);
    expect(eddsaScalar('EdDSA', sig, 'Ed448')).toBeUndefined();
    expect(eddsaScalar('ES256', sig)).toBeUndefined();
  });
});

describe('allZero', () => {
  it('is false for empty input', () => {
    expect(allZero(new Uint8Array())).toBe(false);
    expect(allZero(new Uint8Array(3))).toBe(true);
    expect(allZero(new Uint8Array([0, 1]))).toBe(false);
  });
});
