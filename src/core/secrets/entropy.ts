// A rough, conservative-for-the-user estimate of how many bits of guessing a typed secret
// takes: random-looking characters count log2 of the alphabet in use; words, years, repeats,
// runs (abc, 123, qwerty) and well-known secrets count only a few bits. Good enough to tell a
// password from 32 random bytes, which is all hmac-secret-low-entropy needs.
import { WELL_KNOWN_SECRETS } from './list';

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** log2 of a ~50 000-word vocabulary, plus a bit for capitalisation. */
const WORD_BITS = 16.6;
const YEAR_BITS = 7;
const KNOWN_BITS = Math.log2(WELL_KNOWN_SECRETS.length);

function alphabetBits(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/[0-9]/.test(text)) size += 10;
  // The base64 punctuation alone is a small alphabet; any other symbol opens up all 33.
  if (/[^a-zA-Z0-9+/=_-]/.test(text)) size += 33;
  else if (/[+/=_-]/.test(text)) size += 2;
  if (/[^\x20-\x7e]/.test(text)) size += 100;
  return Math.log2(Math.max(size, 2));
}

function adjacent(a: string, b: string): boolean {
  const ca = a.toLowerCase().charCodeAt(0);
  const cb = b.toLowerCase().charCodeAt(0);
  if (Math.abs(ca - cb) === 1 || ca === cb) return true;
  return KEYBOARD_ROWS.some((row) => {
    const i = row.indexOf(a.toLowerCase());
    return i >= 0 && (row[i + 1] === b.toLowerCase() || row[i - 1] === b.toLowerCase());
  });
}

/** A letter run that reads like words: one case pattern, vowels spread through it. */
function wordLike(run: string): boolean {
  if (run.length < 3 || !/^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/.test(run)) return false;
  const vowels = (run.match(/[aeiouy]/gi) ?? []).length / run.length;
  return vowels >= 0.25 && vowels <= 0.65 && !/[^aeiouy]{5}/i.test(run);
}

/** How many bits of guessing a typed secret is worth, and how that figure was made. */
export interface EntropyEstimate {
  bits: number;
  /** 'well-known': the text is, ignoring case, on the built-in list of well-known secrets, and
   * `bits` is log2 of that list's length (the guesses it takes to try the list). 'estimate':
   * the sum over its runs of letters, digits and symbols, each worth log2 of the alphabet the
   * text's character classes span per character, 1 bit per character that repeats or follows
   * the one before it on the keyboard or in the alphabet, or less for a word (16.6 bits per 7 letters)
   * or a year (7 bits). */
  basis: 'well-known' | 'estimate';
  /** For 'well-known': the list holds this exact text, not only another capitalisation of it. */
  exact?: boolean;
}

/** The number of well-known secrets `entropyEstimate` checks a text against. */
export const WELL_KNOWN_COUNT = WELL_KNOWN_SECRETS.length;

export function entropyEstimate(text: string): EntropyEstimate {
  const lower = text.toLowerCase();
  const known = WELL_KNOWN_SECRETS.filter((s) => s.toLowerCase() === lower);
  if (known.length) return { bits: KNOWN_BITS, basis: 'well-known', exact: known.includes(text) };
  const perChar = alphabetBits(text);
  let bits = 0;
  for (const run of text.match(/[a-zA-Z]+|[0-9]+|[^a-zA-Z0-9]+/g) ?? []) bits += runBits(run, perChar);
  return { bits, basis: 'estimate' };
}

export function estimateEntropyBits(text: string): number {
  return entropyEstimate(text).bits;
}

function runBits(run: string, perChar: number): number {
  if (/^(19|20)\d\d$/.test(run)) return YEAR_BITS;
  const words = wordLike(run) ? Math.ceil(run.length / 7) * WORD_BITS : Infinity;
  let chars = perChar;
  for (let i = 1; i < run.length; i++) chars += adjacent(run[i - 1]!, run[i]!) ? 1 : perChar;
  return Math.min(words, chars);
}
