// Time travel: check the token as of another moment, with a chosen clock-skew leeway. The
// verdicts follow because the time goes into inspect() as `now` and `leeway`.
import { Show } from 'solid-js';
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
          onInput={(e) => props.onLeeway(Number(e.currentTarget.value))}
        />
      </label>
    </div>
  );
}
