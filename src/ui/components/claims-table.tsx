// The payload's claims with their registered meaning, times in UTC, local time and relative
// ("in 9 minutes", in the banner's words and rounding), and arrays as chips. Values are rendered as
// text, never as markup; "Copy" copies a string's value without its JSON quotes, anything else
// as its JSON text.
import { For, Show } from 'solid-js';
import type { ClaimView } from '../../core/index';
import { CopyButton } from './copy-button';
import { createStableList } from '../state/stable';
import { localTime } from '../format';
import { relativeInWords } from '../../core/claims/relative-time';

// A claim can be huge (an ID token with 40 000 groups): show its start, and say how much more
// there is (the copy button copies all of it), so the page stays light.
const MAX_CHIPS = 100;
const MAX_CHARS = 2000;

function ClaimValue(props: { claim: ClaimView }) {
  const v = () => props.claim.value;
  const items = () => (v() as unknown[]).slice(0, MAX_CHIPS);
  const moreItems = () => (v() as unknown[]).length - MAX_CHIPS;
  const text = () => (typeof v() === 'string' ? (v() as string) : props.claim.raw);
  return (
    <Show
      when={!Array.isArray(v())}
      fallback={
        <ul class="flex flex-wrap gap-1" aria-label={`${props.claim.name} values`}>
          <For each={items()}>
            {(item) => <li class="chip">{typeof item === 'string' ? item : JSON.stringify(item)}</li>}
          </For>
          <Show when={moreItems() > 0}>
            <li class="text-xs text-slate-600 dark:text-slate-300">and {moreItems().toLocaleString('en')} more</li>
          </Show>
        </ul>
      }
    >
      <span class="font-mono text-[13px] [overflow-wrap:anywhere]">
        {text().length > MAX_CHARS ? `${text().slice(0, MAX_CHARS)}… (${(text().length - MAX_CHARS).toLocaleString('en')} more characters)` : text()}
      </span>
    </Show>
  );
}

function ClaimTime(props: { claim: ClaimView; anchor: string | undefined }) {
  const t = () => props.claim.time!;
  return (
    <div class="mt-1 text-xs text-slate-600 dark:text-slate-300">
      <span class="font-medium" data-testid="claim-relative">
        {relativeInWords(t().fromNow, props.anchor)}
      </span>
      <span class="mx-1">·</span>
      <span>{t().utc ?? 'out of date range'}</span>
      <Show when={localTime(t().unix)}>
        <span class="mx-1">·</span>
        <span>local {localTime(t().unix)}</span>
      </Show>
    </div>
  );
}

/** `timeTravel`: the times are checked as of a moment the user chose, not the device's clock.
 * `label`: the table's name (default "Claims"). */
export function ClaimsTable(props: { claims: readonly ClaimView[]; timeTravel?: boolean; label?: string }) {
  const anchor = () => (props.timeTravel ? 'the chosen time' : undefined);
  const claims = createStableList(() => props.claims, (c) => JSON.stringify([c.name, c.raw, c.label, c.time?.fromNow]));
  return (
    <Show when={props.claims.length} fallback={<p class="muted">No claims: the payload is not a JSON object.</p>}>
      <div class="overflow-x-auto">
        <table class="w-full border-collapse text-left text-sm" aria-label={props.label ?? 'Claims'}>
          <thead>
            <tr class="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" class="py-2 pr-3 font-semibold">Claim</th>
              <th scope="col" class="py-2 pr-3 font-semibold">Value</th>
              <th scope="col" class="hidden py-2 pr-3 font-semibold md:table-cell">Meaning</th>
              <th scope="col" class="py-2 font-semibold"><span class="sr-only">Copy</span></th>
            </tr>
          </thead>
          <tbody>
            <For each={claims()}>
              {(c) => (
                <tr class="border-b border-slate-100 align-top last:border-0 dark:border-slate-800" data-claim={c.name}>
                  <th scope="row" class="py-2 pr-3 font-normal">
                    <code class="font-mono font-semibold text-[var(--seg-payload)]">{c.name}</code>
                    <Show when={c.label}>
                      <div class="text-xs text-slate-500 dark:text-slate-400">{c.label}</div>
                    </Show>
                  </th>
                  <td class="py-2 pr-3">
                    <ClaimValue claim={c} />
                    <Show when={c.time}>
                      <ClaimTime claim={c} anchor={anchor()} />
                    </Show>
                    <Show when={c.description}>
                      <p class="mt-1 text-xs text-slate-500 md:hidden dark:text-slate-400">{c.description}</p>
                    </Show>
                  </td>
                  <td class="hidden py-2 pr-3 text-xs text-slate-600 md:table-cell dark:text-slate-300">
                    {c.description}
                    <Show when={c.source}>
                      <span class="ml-1 text-slate-500 dark:text-slate-400">({c.source})</span>
                    </Show>
                  </td>
                  <td class="py-2 text-right">
                    <CopyButton label={`Copy claim ${c.name}`} text={() => (typeof c.value === 'string' ? c.value : c.raw)} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
