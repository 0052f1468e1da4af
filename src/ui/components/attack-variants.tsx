// The attack variants of the user's token (a lazy chunk: it holds the core's forge code). Made
// when the region opens and remade a moment after the token, the key or the attacker URL
// changes; the latest result wins and a stale one is dropped.
import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { DEFAULT_ATTACKER_URL, forgeToken } from '../../core/forge';
import type { ForgeResult, SecretEncoding, Variant } from '../../core/report';
import { attackTitle, groupVariants } from '../attacks/groups';
import { CopyButton } from './copy-button';

const REMAKE_DELAY_MS = 250;

export interface AttackVariantsProps {
  /** The token the variants are made from (the user's, even while a variant is inspected). */
  source: string;
  keyText: string;
  /** How the Key box's secret is read (its encoding menu). */
  encoding: SecretEncoding;
  onInspect: (token: string, attack: string) => void;
  /** The id of the text that says Inspect replaces the token in the Token box. */
  describedBy: string;
}

export default function AttackVariants(props: AttackVariantsProps) {
  const [url, setUrl] = createSignal(DEFAULT_ATTACKER_URL);
  const [result, setResult] = createSignal<ForgeResult>();
  const [busy, setBusy] = createSignal(false);
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => (clearTimeout(timer), (run = -1)));
  createEffect(
    on([() => props.source, () => props.keyText, () => props.encoding, url], ([token, key, encoding, at], before) => {
      clearTimeout(timer);
      const mine = ++run;
      if (!token.trim()) return (setBusy(false), setResult(undefined));
      setBusy(true);
      timer = setTimeout(async () => {
        const made = await forgeToken(token, { key, secretEncoding: encoding, url: at.trim() || DEFAULT_ATTACKER_URL });
        if (mine !== run) return;
        setResult(made);
        setBusy(false);
      }, before ? REMAKE_DELAY_MS : 0);
    }),
  );

  return (
    <div class="flex flex-col gap-3" aria-busy={busy()}>
      <label class="flex flex-col gap-1 text-sm text-slate-700 sm:max-w-xl dark:text-slate-200">
        Attacker URL for the jku and x5u variants (never fetched)
        <input type="url" class="field font-mono" value={url()} onInput={(e) => setUrl(e.currentTarget.value)} spellcheck={false} />
      </label>
      <Show when={props.source.trim()} fallback={<p class="muted">Paste a token to make its attack variants.</p>}>
        <Show when={busy()}>
          <p class="muted" role="status">Making the variants…</p>
        </Show>
        <Show when={result()}>{(r) => <ForgeOutcome result={r()} onInspect={props.onInspect} describedBy={props.describedBy} />}</Show>
      </Show>
    </div>
  );
}

function ForgeOutcome(props: { result: ForgeResult; onInspect: AttackVariantsProps['onInspect']; describedBy: string }) {
  const ok = () => (props.result.ok ? props.result : undefined);
  return (
    <Show
      when={ok()}
      fallback={
        <p role="alert" class="text-sm text-rose-700 dark:text-rose-300" data-testid="attack-error">
          {!props.result.ok && props.result.error.message}
        </p>
      }
    >
      {(r) => (
        <>
          <For each={r().notes}>{(n) => <p class="text-sm text-slate-600 dark:text-slate-300" data-testid="attack-note">ℹ {n}</p>}</For>
          <For each={groupVariants(r().variants)}>
            {(g) => (
              <div class="flex flex-col gap-2">
                <h3 class="text-sm font-semibold text-slate-800 dark:text-slate-100">{g.title}</h3>
                <ul class="grid gap-2 xl:grid-cols-2">
                  <For each={g.variants}>{(v) => <VariantItem variant={v} onInspect={props.onInspect} describedBy={props.describedBy} />}</For>
                </ul>
              </div>
            )}
          </For>
        </>
      )}
    </Show>
  );
}

function VariantItem(props: { variant: Variant; onInspect: AttackVariantsProps['onInspect']; describedBy: string }) {
  const v = () => props.variant;
  const title = () => attackTitle(v().attack);
  const keySet = () => (v().attack === 'jku' && v().publicJwk ? JSON.stringify({ keys: [v().publicJwk] }, null, 2) : undefined);
  return (
    <li
      class="flex min-w-0 flex-col gap-1.5 rounded-lg border border-slate-200 bg-slate-50 p-2.5 text-sm dark:border-slate-700 dark:bg-slate-800/60"
      data-attack={v().attack}
      data-variant-rule={v().rule}
    >
      <h4 class="font-medium text-slate-800 dark:text-slate-100">{title()}</h4>
      <pre class="whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-white p-2 font-mono text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <code data-testid="variant-token">{v().token}</code>
      </pre>
      <p class="text-slate-700 dark:text-slate-200">
        Our linter reports <code class="chip" data-testid="variant-rule">{v().rule}</code>
      </p>
      <p class="text-slate-700 dark:text-slate-200">{v().explanation}</p>
      <div class="flex flex-wrap items-center gap-2">
        <CopyButton label={`Copy the token of ${title()}`} text={() => v().token} />
        <button type="button" class="btn-ghost" aria-describedby={props.describedBy} onClick={() => props.onInspect(v().token, v().attack)}>
          Inspect this variant
        </button>
        <Show when={keySet()}>
          {(set) => (
            <span class="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
              Key set to host at the URL:
              <CopyButton label="Copy the key set to host at the URL" text={set} />
            </span>
          )}
        </Show>
      </div>
    </li>
  );
}
