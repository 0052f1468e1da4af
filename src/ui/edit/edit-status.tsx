// Edit mode's status line: what the last edit came to (signed, or why not), the findings about
// the signing itself, and, when the Key box holds no key that can sign, a way to make one.
import { createSignal, For, Show } from 'solid-js';
import type { Inspector } from '../state/create-inspector';
import { keyedAlg } from '../keys/specs';
import type { EditSession } from './edit-session';
import { headerAlg } from './quick-actions';
import { isNoneAlg } from '../../core/algorithms';
import type { SignedSdJwt } from '../../core/index';

/** What a re-signed SD-JWT kept and left out, ending the status sentence. */
function sdText(sd: SignedSdJwt): string {
  const kept = `with its ${sd.disclosures} Disclosure${sd.disclosures === 1 ? '' : 's'}`;
  return sd.keyBindingDropped ? `${kept}; the Key Binding JWT was left out, as it signed the old token.` : `${kept}.`;
}

/** The last edit's outcome (role="status"), and with no key that can sign, a way to make one. */
export function EditStatus(props: { session: EditSession; insp: Inspector }) {
  const [busy, setBusy] = createSignal(false);
  const state = () => props.session.state();
  const error = () => {
    const s = state();
    return s?.status === 'error' ? s : undefined;
  };
  const notes = () => {
    const s = state();
    return s?.status === 'signed' && s.notes.length ? s.notes : undefined;
  };
  // alg none is written as asked (it is what some tests need) and said plainly here; the
  // produced token's report carries alg-none.
  const unsecured = () => {
    const s = state();
    return s?.status === 'signed' && isNoneAlg(s.alg);
  };
  const signedSd = () => {
    const s = state();
    return s?.status === 'signed' ? s.sd : undefined;
  };
  const cannotSign = () => error()?.code === 'public-key-only' || error()?.code === 'key-missing';
  const alg = () => keyedAlg(headerAlg(props.session.text.header()));
  // The same key maker as the Generate key button under the Key box, for the header's alg.
  const generate = async (a: string) => {
    setBusy(true);
    try {
      const { generateKey } = await import('../keys/workbench');
      const result = await generateKey({ alg: a });
      if (result.ok) props.insp.setKey(JSON.stringify(result.bundle.privateJwk, null, 2));
    } finally {
      setBusy(false);
    }
  };
  const text = () => {
    const s = state();
    if (!s) return 'Every change to the header or payload is signed with the key in the Key box.';
    if (s.status === 'signed' && unsecured()) return `Not signed (alg ${s.alg}): the Token box holds a token anyone can make, which verifiers must reject.`;
    if (s.status === 'signed' && s.sd) return `Signed with ${s.alg}: the Token box holds the new SD-JWT, ${sdText(s.sd)}`;
    if (s.status === 'signed') return `Signed with ${s.alg}: the Token box holds the new token.`;
    return s.message;
  };
  return (
    <div class="flex flex-wrap items-center gap-2">
      <p
        role="status"
        data-testid="edit-status"
        data-status={state()?.status ?? 'idle'}
        data-code={error()?.code ?? ''}
        data-kb-dropped={signedSd()?.keyBindingDropped ? 'true' : undefined}
        class={`text-sm ${error() || unsecured() ? 'text-rose-700 dark:text-rose-300' : 'text-slate-700 dark:text-slate-200'}`}
      >
        {text()}
      </p>
      <Show when={notes()}>
        {(list) => (
          <ul class="w-full list-disc pl-5 text-sm text-slate-700 dark:text-slate-200">
            <For each={list()}>{(f) => <li data-rule={f.rule}>{f.message}</li>}</For>
          </ul>
        )}
      </Show>
      <Show when={cannotSign() && alg()}>
        {(a) => (
          <button type="button" class="btn-ghost" aria-busy={busy()} disabled={busy()} onClick={() => void generate(a())}>
            {busy() ? 'Generating key…' : `Generate a key for ${a()}`}
          </button>
        )}
      </Show>
    </div>
  );
}
