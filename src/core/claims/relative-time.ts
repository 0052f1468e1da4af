// A moment relative to the clock, in words: the one formatter for the claims' times and the
// verdict banner, on the same rounding as the findings' messages (durationInWords), so no two
// parts of the page disagree ("9 min" beside "10 minutes"). Pure: the clock is the caller's.
import { durationInWords } from './words';

/** A moment `delta` seconds from the reference time (positive: later), in words.
 * Without `anchor` the reference is the present: "in 3 hours", "3 hours ago", "right now".
 * With one it is another moment, named by `anchor`: "3 hours after <anchor>",
 * "3 hours before <anchor>", "at <anchor>". */
export function relativeInWords(delta: number, anchor?: string): string {
  if (Math.abs(delta) < 1) return anchor === undefined ? 'right now' : `at ${anchor}`;
  const span = durationInWords(delta);
  if (anchor === undefined) return delta > 0 ? `in ${span}` : `${span} ago`;
  return `${span} ${delta > 0 ? 'after' : 'before'} ${anchor}`;
}
