// The other tokens in the paste (a callback URL with access_token and id_token, an HTTP request
// with a DPoP proof, two tokens pasted one after another): which one is shown, and a button per
// other token that puts it in the Token box instead.
import { For, Show } from 'solid-js';
import type { QuickReport } from '../inspect/protocol';

export interface TokenAlternativesProps {
  report: QuickReport | undefined;
  onPick: (text: string) => void;
}

export function TokenAlternatives(props: TokenAlternativesProps) {
  const alternatives = () => props.report?.input.alternatives ?? [];
  return (
    <Show when={alternatives().length}>
      <div role="group" aria-label="Other tokens in the paste" class="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-300" data-testid="token-alternatives">
        <span>
          The paste holds {alternatives().length + 1} tokens; shown: <code class="rounded bg-slate-100 px-1 dark:bg-slate-800">{props.report?.input.name ?? 'the first'}</code>.
        </span>
        <For each={alternatives()}>
          {(a) => (
            <button type="button" class="btn-ghost" data-alternative={a.name} onClick={() => props.onPick(a.text)}>
              Inspect {a.name} instead
            </button>
          )}
        </For>
      </div>
    </Show>
  );
}
