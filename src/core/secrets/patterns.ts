// Secrets people make up rather than pick from a list: digit runs and sequences, one character
// repeated, placeholders left in a template, keyboard walks, and the token's own claim values.
// Each candidate says which pattern it is (WeakSecretHit.source). A few thousand candidates: the
// background check (public-list.ts) tries them in a worker before the public list.

export interface PatternCandidate {
  secret: string;
  source: string;
}

/** Lengths tried for runs and repeats: every length people type, up to a 64-byte HS512 key. */
const MAX_RUN = 64;
/** Printable ASCII, each tried as a repeated character. */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const PLACEHOLDERS = [
  '...', '…', '.', '-', '_', '*', 'x', 'xxx', 'XXX', 'xxxx', 'XXXX', 'TODO', 'todo', 'FIXME', 'TBD', 'tbd',
  'CHANGEME', 'ChangeMe', 'changethis', 'change-this', 'change_this', 'REPLACE_ME', 'replace_me', 'replaceme',
  'YOUR_SECRET', 'YOUR_SECRET_KEY', 'YOUR_JWT_SECRET', 'your-secret', '<secret>', '<your-secret>', '<SECRET>',
  '{secret}', '{{secret}}', '${JWT_SECRET}', '$JWT_SECRET', '%JWT_SECRET%', 'process.env.JWT_SECRET',
  'env.JWT_SECRET', 'JWT_SECRET_KEY', 'SECRET_KEY', 'secret123', 'secret1', 'insert-secret-here',
  'enter-your-secret', 'put-your-secret-here', 'some-secret', 'somesecret', 'random', 'random-string', 'lorem ipsum',
];
/** Rows of common layouts, walked forwards and backwards from their first key. */
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'azertyuiop', 'yxcvbnm', '!@#$%^&*()'];
const KEYBOARD_WALKS = ['1qaz2wsx', '1qaz2wsx3edc', 'qazwsx', 'qazwsxedc', 'zaq12wsx', 'zaq1xsw2', '1q2w3e4r', '1q2w3e4r5t', '1q2w3e', 'q1w2e3r4', 'qweasdzxc', 'asdfjkl;', 'poiuytrewq', 'mnbvcxz', 'lkjhgfdsa'];

/** Digits counting up or down from any digit, of every length up to 64 ("1234", "4567",
 * "9876543210"; they wrap: 1234567890123…). */
function digitSequences(): string[] {
  const out: string[] = [];
  for (let start = 0; start < 10; start++) {
    for (const step of [1, -1]) {
      let s = '';
      for (let i = 0; i < MAX_RUN; i++) {
        s += String((((start + step * i) % 10) + 10) % 10);
        out.push(s);
      }
    }
  }
  return out;
}

function repeats(): string[] {
  const out: string[] = [];
  for (const c of PRINTABLE) for (let n = 1; n <= MAX_RUN; n++) out.push(c.repeat(n));
  return out;
}

function walks(): string[] {
  const out: string[] = [...KEYBOARD_WALKS];
  for (const row of KEYBOARD_ROWS) {
    for (let n = 4; n <= row.length; n++) {
      out.push(row.slice(0, n), [...row.slice(0, n)].reverse().join(''), row.slice(0, n).toUpperCase());
    }
  }
  return out;
}

/** Every string, number and boolean value of the header and payload (nested ones too), at most
 * `limit`, with where it sits ('token claim org.name'). */
function claimValues(header: unknown, payload: unknown, limit = 500): PatternCandidate[] {
  const out: PatternCandidate[] = [];
  const visit = (value: unknown, source: string, depth: number) => {
    if (out.length >= limit || depth > 4) return;
    if (typeof value === 'string' && value !== '' && value.length <= 1024) out.push({ secret: value, source });
    else if (typeof value === 'number' || typeof value === 'boolean') out.push({ secret: String(value), source });
    else if (Array.isArray(value)) for (const v of value.slice(0, 50)) visit(v, source, depth + 1);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, depth === 0 ? `${source} ${k}` : `${source}.${k}`, depth + 1);
    }
  };
  visit(header, 'token header', 0);
  visit(payload, 'token claim', 0);
  return out;
}

/** Pattern candidates, most likely first; the same secret appears once, under its first source. */
export function patternCandidates(header?: unknown, payload?: unknown): PatternCandidate[] {
  const seen = new Set<string>();
  const out: PatternCandidate[] = [];
  const add = (secrets: Iterable<string>, source: string) => {
    for (const secret of secrets) {
      if (seen.has(secret)) continue;
      seen.add(secret);
      out.push({ secret, source });
    }
  };
  for (const c of claimValues(header, payload)) add([c.secret], c.source);
  add(PLACEHOLDERS, 'pattern: placeholder');
  add(digitSequences(), 'pattern: digit sequence');
  add(walks(), 'pattern: keyboard walk');
  add(repeats(), 'pattern: one character repeated');
  return out;
}
