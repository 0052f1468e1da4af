// The engine-decoder path of decodeBase64url (Uint8Array.fromBase64, absent from Node 20) must
// give exactly what the analysing loop gives. Here it runs on a stand-in with the decoder's
// 'loose' behaviour (partial last chunk decoded, bits below the last byte ignored; a single
// leftover character is a SyntaxError, which the caller never lets through).
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nativeDecoder } from '../../../../src/core/parse/base64-native';
import { decodeBase64url } from '../../../../src/core/parse/base64url';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const original = nativeDecoder.fromBase64;
let calls = 0;

function standIn(text: string, options: { alphabet: string; lastChunkHandling: string }): Uint8Array {
  calls++;
  if (options.alphabet !== 'base64url' || options.lastChunkHandling !== 'loose') throw new TypeError('unexpected options');
  if (text.length % 4 === 1 || /[^A-Za-z0-9_-]/.test(text)) throw new SyntaxError('not decodable here');
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

const both = (text: string) => {
  nativeDecoder.fromBase64 = undefined;
  const loop = decodeBase64url(text);
  nativeDecoder.fromBase64 = standIn;
  const native = decodeBase64url(text);
  return { loop: { ...loop, bytes: [...loop.bytes] }, native: { ...native, bytes: [...native.bytes] } };
};

afterEach(() => {
  nativeDecoder.fromBase64 = original;
});

describe('decodeBase64url with the engine decoder', () => {
  it('agrees with the loop on canonical text of every length, trailing bits included', () => {
    const digits = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 64 }).map((a) => a.join(''));
    calls = 0;
    fc.assert(
      fc.property(digits, (text) => {
        const { loop, native } = both(text);
        expect(native).toEqual(loop);
      }),
      { numRuns: 500 },
    );
    expect(calls).toBeGreaterThan(300);
  });

  it('agrees with the loop on text it must leave to the loop', () => {
    const messy = fc.array(fc.constantFrom(...ALPHABET, '=', '+', '/', ' ', '\n', '.', '\u00e9'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(messy, (text) => {
        const { loop, native } = both(text);
        expect(native).toEqual(loop);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['', [], []],
    ['QQ', [], [0x41]],
    ['QR', ['trailing-bits'], [0x41]],
    ['QUI', [], [0x41, 0x42]],
    ['QUJ', ['trailing-bits'], [0x41, 0x42]],
    ['QUJD', [], [0x41, 0x42, 0x43]],
    ['QUJDR', ['bad-length'], [0x41, 0x42, 0x43]],
  ])('%j', (text, issues, bytes) => {
    nativeDecoder.fromBase64 = standIn;
    const r = decodeBase64url(text);
    expect(r.issues).toEqual(issues);
    expect([...r.bytes]).toEqual(bytes);
  });
});
