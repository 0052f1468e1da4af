// The "Encrypt" region: wraps the token in the Token box in a JWE for a recipient's key (core
// encrypt(), in a lazy chunk with jose). The result is shown with a copy button; "Put in the
// Token box" replaces the token there (undo in the Token box brings it back).
import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { Inspector } from '../state/create-inspector';

const EncryptForm = lazy(() => import('./encrypt-form'));

export function EncryptSection(props: { insp: Inspector; token: string }) {
  const [open, setOpen] = createSignal(false);
  return (
    <section class="panel flex flex-col gap-3" aria-labelledby="encrypt-title">
      <h2 id="encrypt-title" class="panel-title">Encrypt</h2>
      <p class="text-sm text-slate-700 dark:text-slate-200">
        Wrap the token in a JWE for a recipient: their public key (RSA, EC, X25519), a shared secret, or a password. It is
        made in this page; nothing is sent anywhere.
      </p>
      <div>
        <button type="button" class="btn-ghost" aria-expanded={open()} aria-controls="encrypt-body" onClick={() => setOpen(!open())}>
          {open() ? 'Hide encrypt' : 'Encrypt this token'}
        </button>
      </div>
      <div id="encrypt-body">
        <Show when={open()}>
          <Suspense fallback={<p class="muted">Loading…</p>}>
            <EncryptForm token={props.token} encoding={props.insp.encoding()} onUse={props.insp.setToken} />
          </Suspense>
        </Show>
      </div>
    </section>
  );
}
