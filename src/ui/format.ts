// Display formatting for dates and sizes. Pure presentation: every verdict comes from the Report.
// Relative times ("in 9 minutes") come from the core (claims/relative-time.ts), in one wording.

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
