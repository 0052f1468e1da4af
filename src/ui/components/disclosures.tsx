// An SD-JWT's Disclosures (RFC 9901): each with its claim, value, salt, digest, where it plugs
// into the claims and whether the Issuer signed its digest; the claims as a verifier sees them
// after disclosure; and the key binding's own verdict. Renders what Report.sd says.
import { For, Show } from 'solid-js';
import type { SdReport } from '../../core/index';
import { STATUS_WORDS } from '../../core/status-words';

type Disclosure = SdReport['disclosures'][number];

/** `data-claim`: the claim name, or `name[index]` for an array element (design.md UI hooks). */
export function claimLabel(d: Disclosure): string {
  if (d.name !== undefined) return d.name;
  const parts = (d.path ?? '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const index = parts.pop();
  return parts.length && index !== undefined && /^\d+$/.test(index) ? `${parts[parts.length - 1] || '(top)'}[${index}]` : '(array element)';
}

/** The compact presentation without its `index`-th Disclosure (the parts between the `~`s are
 * the Disclosures in presented order). A text edit; the verdict comes from inspecting the result. */
export function withoutDisclosure(token: string, index: number): string {
  const parts = token.split('~');
  parts.splice(index + 1, 1);
  return parts.join('~');
}

const show = (v: unknown) => JSON.stringify(v) ?? String(v);

function KeyBinding(props: { kb: SdReport['keyBinding'] }) {
  const status = () => props.kb?.status ?? 'missing';
  const good = () => status() === 'valid' && props.kb?.sdHashMatches !== false;
  const words = () => {
    const s = status();
    if (s === 'missing') return 'none presented';
    const sig = STATUS_WORDS[s].label;
    if (props.kb?.sdHashMatches === false) return `${sig}, but it signed other Disclosures (sd_hash differs)`;
    return props.kb?.sdHashMatches ? `${sig}, sd_hash matches` : sig;
  };
  return (
    <p
      class="text-sm"
      data-testid="key-binding"
      data-status={status()}
      data-sd-hash={props.kb?.sdHashMatches === undefined ? undefined : props.kb.sdHashMatches ? 'matches' : 'differs'}
    >
      <span class="font-semibold">Key binding: </span>
      <span class={`badge ${good() ? 'badge-good' : status() === 'missing' ? 'badge-neutral' : 'badge-bad'}`}>{words()}</span>
    </p>
  );
}

/** `onLeaveOut`: present the SD-JWT without that Disclosure (compact form only). */
export function Disclosures(props: { sd: SdReport; onLeaveOut?: (index: number) => void }) {
  const unsigned = () => props.sd.disclosures.filter((d) => !d.referenced).length;
  return (
    <section class="panel flex flex-col gap-4" aria-labelledby="disclosures-title">
      <h2 id="disclosures-title" class="panel-title">
        Disclosures <span class="font-normal text-slate-500 dark:text-slate-400">({props.sd.disclosures.length})</span>
      </h2>
      <KeyBinding kb={props.sd.keyBinding} />
      <Show when={unsigned()}>
        <p class="text-sm text-rose-800 dark:text-rose-200">
          {unsigned()} of them match no digest the Issuer signed, so they are left out of the claims below.
        </p>
      </Show>
      <Show when={props.onLeaveOut && props.sd.disclosures.length}>
        <p class="muted">
          Leave out a Disclosure to present fewer claims. The Token box then holds the shorter presentation; a key binding JWT signed over the
          longer one no longer matches it.
        </p>
      </Show>
      <ul class="flex flex-col gap-2" aria-label="Disclosures">
        <For each={props.sd.disclosures} fallback={<li class="muted">No Disclosures were presented.</li>}>
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
                    <button type="button" class="btn-ghost ml-auto" aria-label={`Leave out ${claimLabel(d)}`} onClick={() => leaveOut()(i())}>
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
      <div>
        <h3 class="text-sm font-semibold">Claims after disclosure</h3>
        <p class="muted">The payload as a verifier sees it: signed Disclosures put in place, digests removed.</p>
        <pre class="mt-1 overflow-x-auto rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-800" data-testid="sd-claims">
          {JSON.stringify(props.sd.claims, null, 2)}
        </pre>
      </div>
    </section>
  );
}
