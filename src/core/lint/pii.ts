// Text detectors for data that should not ride in a readable token: payment card numbers, US
// SSNs, IBANs, e-mail addresses and phone numbers. Each returns the matched text or undefined.
// Only the first MAX_SCAN characters of a value are looked at, so a huge paste stays fast.

const MAX_SCAN = 4096;
const clip = (text: string) => (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes (IIN ranges) of the major card networks. */
export function hasCardPrefix(digits: string): boolean {
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  return (
    digits.startsWith('4') || // Visa
    (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720) || // Mastercard
    p2 === 34 || p2 === 37 || // American Express
    p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || // Discover
    (p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || // Diners Club
    (p4 >= 3528 && p4 <= 3589) || // JCB
    p2 === 62 || // UnionPay
    p2 === 50 || (p2 >= 56 && p2 <= 58) || p2 === 63 || p2 === 67 // Maestro
  );
}

const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** The same pattern, for one yes/no test before collecting the candidates: in Chromium it
 * rules out a value faster than counting its digits in a loop did, cold or warm. */
const ANY_CARD_CANDIDATE = new RegExp(CARD_CANDIDATE.source);

/** A 13-19 digit run (spaces or dashes allowed) that passes Luhn and has a card prefix. */
export function findCardNumber(text: string): string | undefined {
  const t = clip(text);
  if (!ANY_CARD_CANDIDATE.test(t)) return undefined;
  for (const m of t.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && hasCardPrefix(digits) && luhnValid(digits)) return m[0];
  }
  return undefined;
}

/** US Social Security number written AAA-GG-SSSS; area not 000, 666 or 9xx. */
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;

export function findSsn(text: string): string | undefined {
  return SSN.exec(clip(text))?.[0];
}

/** IBAN lengths per country (ISO 13616 registry), for the countries most often seen. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  TR: 26, AE: 23, SA: 24, IL: 23, BR: 29, UA: 29, KZ: 20, QA: 29, TN: 24, MU: 30, RS: 22,
};
const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g;
/** What every IBAN candidate starts with: one test before the scan with all its matches. */
const IBAN_START = /[A-Z]{2}\d{2}/;

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  if (IBAN_LENGTH[compact.slice(0, 2)] !== compact.length) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const n = code >= 65 ? String(code - 55) : ch;
    for (const d of n) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** An IBAN with a known country length and a valid mod-97 check. */
export function findIban(text: string): string | undefined {
  const t = clip(text);
  if (!IBAN_START.test(t)) return undefined;
  for (const m of t.matchAll(IBAN_CANDIDATE)) if (ibanValid(m[0])) return m[0];
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/;

export function findEmail(text: string): string | undefined {
  if (!text.includes('@')) return undefined;
  const m = EMAIL.exec(clip(text));
  // user@host inside a URL's authority is a login name, not an address someone reads mail at.
  if (!m || /:\/\/[^/\s]*$/.test(text.slice(0, m.index))) return undefined;
  return m[0];
}

/** An E.164 number as a whole value: "+" then 8-15 digits, spaces, dots or dashes allowed. */
const PHONE = /^\+[1-9](?:[ .-]?\(?\d\)?){7,14}$/;

export function findPhone(text: string): string | undefined {
  const t = text.trim();
  return t.length <= 32 && PHONE.test(t) ? t : undefined;
}
