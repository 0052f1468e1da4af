import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCardNumber, findEmail, findIban, findPhone, findSsn, ibanValid, luhnValid } from '../../../../src/core/lint/pii';

/** The digit that makes `body` pass Luhn. */
function checkDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return String(d);
  throw new Error('unreachable');
}

describe('pii detectors', () => {
  it('Luhn accepts exactly one check digit for any body', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12,18}$/), (body) => {
        const valid = [...'0123456789'].filter((d) => luhnValid(body + d));
        expect(valid).toHaveLength(1);
      }),
    );
  });

  it('finds any Visa-prefixed, Luhn-valid 16-digit number, with or without separators', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), fc.constantFrom('', ' ', '-'), (rest, sep) => {
        const digits = `4${rest}`;
        const card = digits + checkDigit(digits);
        const grouped = card.match(/.{4}/g)!.join(sep);
        expect(findCardNumber(`paid with ${grouped}.`)).toBe(grouped);
      }),
    );
  });

  it.each([
    ['4111111111111111', true],
    ['378282246310005', true],
    ['4111111111111112', false], // Luhn
    ['1767225600000', false], // no card prefix
    ['41111111111111111111', false], // 20 digits
  ])('card %s → %s', (text, found) => {
    expect(findCardNumber(text) !== undefined).toBe(found);
  });

  it.each([
    ['GB82WEST12345698765432', true],
    ['GB82 WEST 1234 5698 7654 32', true],
    ['DE89370400440532013000', true],
    ['GB83WEST12345698765432', false],
    ['DE8937040044053201300', false], // wrong length for DE
  ])('IBAN %s → %s', (text, valid) => {
    expect(ibanValid(text)).toBe(valid);
    expect(findIban(`iban ${text}`) !== undefined).toBe(valid);
  });

  it.each([
    ['123-45-6789', true],
    ['000-45-6789', false],
    ['666-45-6789', false],
    ['900-45-6789', false],
    ['123-00-6789', false],
    ['123-45-0000', false],
    ['2026-01-01', false],
  ])('SSN %s → %s', (text, found) => {
    expect(findSsn(text) !== undefined).toBe(found);
  });

  it.each([
    ['alice@example.com', true],
    ['mail me: bob.smith+x@mail.example.co.uk', true],
    ['https://git@github.com/x/y', false],
    ['no at sign here', false],
    ['user@localhost', false],
  ])('e-mail %s → %s', (text, found) => {
    expect(findEmail(text) !== undefined).toBe(found);
  });

  it.each([
    ['+14155552671', true],
    ['+44 20 7946 0958', true],
    ['+1', false],
    ['14155552671', false],
    ['call +14155552671 now', false],
  ])('phone %s → %s', (text, found) => {
    expect(findPhone(text) !== undefined).toBe(found);
  });
});
