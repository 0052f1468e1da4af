// Display formatting for times and sizes. Pure presentation: every verdict comes from the Report.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "in 9 minutes", "3 hours ago" for a signed number of seconds from now. */
export function relative(seconds: number): string {
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') return rtf.format(Math.round(seconds / size), unit);
  }
  return '';
}

/** "3 h 5 min", "2 days", "40 s" for a non-negative duration. */
export function duration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3_600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) {
    const m = Math.floor((s % 3_600) / 60);
    return `${Math.floor(s / 3_600)} h${m ? ` ${m} min` : ''}`;
  }
  const d = Math.floor(s / 86_400);
  if (d < 365) return `${d} day${d === 1 ? '' : 's'}`;
  const y = Math.floor(d / 365);
  return `${y} year${y === 1 ? '' : 's'}`;
}

/** The browser's local rendering of a unix time, or undefined when out of range. */
export function localTime(unix: number): string | undefined {
  const d = new Date(unix * 1000);
  // One formatter, made once (Date#toLocaleString builds a new one on every call); same output.
  localFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  return Number.isNaN(d.getTime()) ? undefined : localFormat.format(d);
}
let localFormat: Intl.DateTimeFormat | undefined;

/** Value for an <input type="datetime-local"> (local time, seconds precision). */
export function toLocalInput(unix: number): string {
  const d = new Date(unix * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
