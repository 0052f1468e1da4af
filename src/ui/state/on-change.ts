// Work to do when a value derived from the reports really changes (another token), not on every
// report: the live clock re-inspects the same token every 15 s. Solid's `on(…, { defer: true })`
// passes `undefined` as the previous value on its first call, so comparing there took the first
// new report after a component was made for a change: a running wordlist search was reset to idle
// by a clock re-inspection when its panel had been made after the token's report.
import { createEffect, createMemo, on, type Accessor } from 'solid-js';

/** Calls `fn` each time `key` takes a value other than its last one (===), never at creation. */
export function createChangeEffect<T>(key: Accessor<T>, fn: (value: T) => void): void {
  const value = createMemo(key);
  createEffect(on(value, (v) => fn(v), { defer: true }));
}
