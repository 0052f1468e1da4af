import { describe, expect, it } from 'vitest';
import { lexemeFacts, parsedAs } from '../../../../src/core/lint/number-lexeme';

describe('number lexemes', () => {
  it.each([
    ['9007199254740991', { unsafeInteger: false, tooManyDigits: false, beyondInt64: false, exponent: false }],
    ['9007199254740993', { unsafeInteger: true, tooManyDigits: false, beyondInt64: false, exponent: false }],
    ['-9007199254740993', { unsafeInteger: true, tooManyDigits: false, beyondInt64: false, exponent: false }],
    ['9223372036854775807', { unsafeInteger: true, tooManyDigits: true, beyondInt64: false, exponent: false }],
    ['9223372036854775808', { unsafeInteger: true, tooManyDigits: true, beyondInt64: true, exponent: false }],
    ['0.123456789012345678', { unsafeInteger: false, tooManyDigits: true, beyondInt64: false, exponent: false }],
    ['1.50000000000000000000', { unsafeInteger: false, tooManyDigits: false, beyondInt64: false, exponent: false }],
    ['1e3', { unsafeInteger: false, tooManyDigits: false, beyondInt64: false, exponent: true }],
    ['1e300', { unsafeInteger: true, tooManyDigits: false, beyondInt64: true, exponent: true }],
  ])('%s', (raw, facts) => {
    expect(lexemeFacts(raw, Number(raw))).toEqual(facts);
  });

  it('shows what a float parser makes of the value', () => {
    expect(parsedAs(Number('9007199254740993'))).toBe('9007199254740992');
    expect(parsedAs(Number('1152921504606846976'))).toBe('1152921504606846976');
  });
});
