// Times in words for finding messages: "3 hours", "8 years", "2026-01-01 00:00 UTC".
// Pure: the clock is always a parameter.

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365 * DAY;

/** At or above this a time value is taken for milliseconds (or finer), not a calendar date. */
export const MILLISECONDS_FROM = 1e11;

/** Largest instant a JavaScript Date can hold, in unix seconds (±8.64e15 ms). */
export const MAX_DATE_SECONDS = 8.64e12;

/** `n` with a comma every three digits, as `toLocaleString('en-US')` writes it ("55,000").
 * Written out for safe integers because the first toLocaleString call in a fresh worker sets
 * up ICU's number formatting, about 50 ms in Chromium, on the first paste of a large token. */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A duration (sign ignored) in the largest unit that reads naturally: "45 seconds",
 * "10 minutes", "36 hours", "12 days", "7.5 years", "55,000 years". The one rounding for every
 * time in words: the findings, the claims and the verdict banner (see ./relative-time). */
export function durationInWords(seconds: number): string {
  const s = Math.abs(seconds);
  if (!Number.isFinite(s)) return 'forever';
  if (s < 2 * MINUTE) return plural(Math.round(s), 'second');
  if (s < 2 * HOUR && s % HOUR !== 0) return plural(Math.round(s / MINUTE), 'minute');
  if (s < 2 * DAY) return plural(Math.round(s / HOUR), 'hour');
  if (s < YEAR) return plural(Math.round(s / DAY), 'day');
  const years = s / YEAR;
  if (years < 10) return plural(Number(years.toFixed(1)), 'year');
  return `${groupDigits(Math.round(years))} years`;
}

/** ISO 8601 UTC without milliseconds (2026-01-01T00:00:00Z), or undefined outside Date's range. */
export function isoUtc(unix: number): string | undefined {
  if (!Number.isFinite(unix) || Math.abs(unix) > MAX_DATE_SECONDS) return undefined;
  const iso = new Date(unix * 1000).toISOString();
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/** "2018-01-18 02:10 UTC" for messages, or undefined outside Date's range. */
export function utcInWords(unix: number): string | undefined {
  const m = /^([+-]?\d+-\d\d-\d\d)T(\d\d:\d\d)/.exec(isoUtc(unix) ?? '');
  return m ? `${m[1]} ${m[2]} UTC` : undefined;
}

/** "1516242622 (2018-01-18 02:10 UTC)", or just the number when it has no calendar date
 * (out of range, or so large it is surely not seconds). */
export function timeValueInWords(unix: number): string {
  const date = Math.abs(unix) < MILLISECONDS_FROM ? utcInWords(unix) : undefined;
  return date ? `${unix} (${date})` : String(unix);
}

/** A value quoted in a message, cut to `max` characters so one huge claim cannot flood it. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
