// Time travel: check the token as of another moment, with a chosen clock-skew leeway. The
// verdicts follow because the time goes into inspect() as `now` and `leeway`. A leeway that is not
// a number of seconds, 0 or more, is refused with a message; the last good one stays in use.
import { createSignal, Show } from 'solid-js';
import { toLocalInput } from '../format';

export interface TimeTravelProps {
  asOf: number | null;
  onAsOf: (unix: number | null) => void;
  leeway: number;
  onLeeway: (seconds: number) => void;
}

export function TimeTravel(props: TimeTravelProps) {
  const onDate = (value: string) => {
    if (!value) return props.onAsOf(null);
    const ms = new Date(value).getTime(); // datetime-local values are local time
    if (!Number.isNaN(ms)) props.onAsOf(Math.floor(ms / 1000));
  };
  // Whether the text in the leeway box was refused (the leeway in use is then props.leeway).
  const [refused, setRefused] = createSignal(false);
  const onLeeway = (input: HTMLInputElement) => {
    // An empty box, "-", "1e" and other non-numbers read as NaN (valueAsNumber).
    const seconds = input.valueAsNumber;
    const ok = Number.isFinite(seconds) && seconds >= 0;
    setRefused(!ok);
    if (ok) props.onLeeway(seconds);
  };
  return (
    <div class="flex flex-wrap items-end gap-3 text-sm">
      <label class="flex flex-col gap-1">
        <span class="text-xs font-medium text-slate-600 dark:text-slate-300">As of (local time)</span>
        <input
          type="datetime-local"
          step="1"
          class="field"
          value={props.asOf === null ? '' : toLocalInput(props.asOf)}
          onChange={(e) => onDate(e.currentTarget.value)}
        />
      </label>
      <Show
        when={props.asOf !== null}
        fallback={<span class="pb-2 text-xs text-slate-500 dark:text-slate-400">Following this device's clock</span>}
      >
        <button type="button" class="btn-ghost mb-1" onClick={() => props.onAsOf(null)}>
          Back to now
        </button>
      </Show>
      <label class="flex flex-col gap-1">
        <span class="text-xs font-medium text-slate-600 dark:text-slate-300">Leeway (seconds)</span>
        <input
          type="number"
          min="0"
          step="1"
          class="field w-28"
          value={props.leeway}
          aria-describedby="leeway-hint"
          aria-invalid={refused()}
          aria-errormessage={refused() ? 'leeway-error' : undefined}
          onInput={(e) => onLeeway(e.currentTarget)}
        />
      </label>
      <p id="leeway-hint" class="basis-full text-xs text-slate-500 dark:text-slate-400">
        Leeway allows for clocks that differ: a token still counts as valid this many seconds after its{' '}
        <code>exp</code> or before its <code>nbf</code>. Seconds, 0 or more; the default is 60.
      </p>
      <Show when={refused()}>
        <p id="leeway-error" role="alert" class="basis-full text-xs font-medium text-rose-700 dark:text-rose-300" data-testid="leeway-error">
          The leeway must be a number of seconds, 0 or more. Still using {props.leeway} s.
        </p>
      </Show>
    </div>
  );
}
