// An SD-JWT's Disclosures (RFC 9901): each with its claim, value, salt, digest, where it plugs
// into the claims and whether the Issuer signed its digest; the claims as a verifier sees them
// after disclosure, as JSON; and the key binding panel. Renders what Report.sd says.
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { SdReport } from '../../core/index';
import { KeyBinding, type Expected } from './key-binding';

type Disclosure = SdReport['disclosures'][number];

/** `data-claim`: the claim name, or `name[index]` for an array element (design.md UI hooks). */
export function claimLabel(d: Disclosure): string {
  if (d.name !== undefined) return d.name;
  const parts = (d.path ?? '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const index = parts.pop();
  return parts.length && index !== undefined && /^\d+$/.test(index) ? `${parts[parts.length - 1] || '(top)'}[${index}]` : '(array element)';
}

const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/** Disclosures drawn at once; the rest follow after the first paint (a presentation may carry
 * hundreds, and the verdict and the first screen should not wait for them). */
const FIRST = 12;

/** What became of the last Leave out (presentSdJwt()), for the presentation now in the box. */
export interface LeftOut {
  keyBinding: 'remade' | 'kept' | 'none';
  reason?: string;
}

/** `onLeaveOut`: present the SD-JWT without that Disclosure (compact form only); `leftOut`: what
 * the last one did to the key binding. */
export function Disclosures(props: { sd: SdReport; onLeaveOut?: (index: number) => void; leftOut?: LeftOut; expected: Expected }) {
  const unsigned = () => props.sd.disclosures.filter((d) => !d.referenced).length;
  const [count, setCount] = createSignal(FIRST);
  // Keyboard: the Leave out button pressed goes away with its row, so focus moves to the one now
  // in its place (or the last, or the result line) once the shorter presentation is shown.
  let list: HTMLUListElement | undefined;
  let result: HTMLParagraphElement | undefined;
  let refocus: { index: number; from: number } | undefined;
  const moveFocus = () => {
    const left = refocus;
    refocus = undefined;
    if (!left || props.sd.disclosures.length >= left.from) return;
    const buttons = list?.querySelectorAll('button') ?? [];
    (buttons[Math.min(left.index, buttons.length - 1)] ?? result)?.focus();
  };
  createEffect(
    on(
      () => props.sd,
      () => {
        setCount(FIRST);
        requestAnimationFrame(() =>
          setTimeout(() => {
            setCount(Infinity);
            moveFocus();
          }, 0),
        );
      },
    ),
  );
  const shown = () => (props.sd.disclosures.length > count() ? props.sd.disclosures.slice(0, count()) : props.sd.disclosures);
  return (
    <section class="panel flex flex-col gap-4" aria-labelledby="disclosures-title">
      <h2 id="disclosures-title" class="panel-title">
        Disclosures <span class="font-normal text-slate-500 dark:text-slate-400">({props.sd.disclosures.length})</span>
      </h2>
      <KeyBinding kb={props.sd.keyBinding} expected={props.expected} />
      <Show when={unsigned()}>
        <p class="text-sm text-rose-800 dark:text-rose-200">
          {unsigned()} of them match no digest the Issuer signed, so they are left out of the claims.
        </p>
      </Show>
      <Show when={props.onLeaveOut && props.sd.disclosures.length}>
        <p class="muted">
          Leave out a Disclosure to present fewer claims: the Token box then holds the shorter presentation. With the Holder's private key (the
          one in cnf.jwk) in the Key box, the key binding JWT is signed again over it; without, the old one no longer matches.
        </p>
      </Show>
      <Show when={props.leftOut}>
        {(left) => (
          <p ref={result} role="status" tabindex="-1" class="text-sm" data-testid="leave-out-result" data-key-binding={left().keyBinding}>
            {left().keyBinding === 'remade'
              ? "Key binding JWT signed again over this presentation with the Holder's key from the Key box."
              : left().keyBinding === 'kept'
                ? `The key binding JWT still covers the longer presentation, so it no longer matches. ${left().reason ?? ''}`
                : 'This presentation has no key binding JWT.'}
          </p>
        )}
      </Show>
      <ul ref={list} class="flex flex-col gap-2" aria-label="Disclosures">
        <For each={shown()} fallback={<li class="muted">No Disclosures were presented.</li>}>
          {(d, i) => (
            <li
              class="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
              data-disclosure={d.digest}
              data-claim={claimLabel(d)}
              data-referenced={String(d.referenced)}
            >
              <div class="flex flex-wrap items-center gap-2">
                <span class="font-mono font-semibold">{claimLabel(d)}</span>
                <span class={`badge ${d.referenced ? 'badge-good' : 'badge-bad'}`}>{d.referenced ? 'signed by the Issuer' : 'not signed by the Issuer'}</span>
                <Show when={d.path}>
                  <span class="muted">at {d.path}</span>
                </Show>
                <Show when={props.onLeaveOut}>
                  {(leaveOut) => (
                    <button
                      type="button"
                      class="btn-ghost ml-auto"
                      aria-label={`Leave out ${claimLabel(d)}`}
                      onClick={() => {
                        refocus = { index: i(), from: props.sd.disclosures.length };
                        leaveOut()(i());
                      }}
                    >
                      Leave out
                    </button>
                  )}
                </Show>
              </div>
              <dl class="mt-1 grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs break-all">
                <dt class="text-slate-500 dark:text-slate-400">value</dt>
                <dd>{show(d.value)}</dd>
                <dt class="text-slate-500 dark:text-slate-400">salt</dt>
                <dd>{d.salt}</dd>
                <dt class="text-slate-500 dark:text-slate-400">digest</dt>
                <dd>{d.digest}</dd>
              </dl>
            </li>
          )}
        </For>
      </ul>
      <details>
        <summary class="cursor-pointer text-sm font-semibold">Claims after disclosure, as JSON</summary>
        <p class="muted">The payload as a verifier sees it: signed Disclosures put in place, digests removed.</p>
        <pre class="mt-1 overflow-x-auto rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-800" data-testid="sd-claims">
          {JSON.stringify(props.sd.claims, null, 2)}
        </pre>
      </details>
    </section>
  );
}
